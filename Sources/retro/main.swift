import RetroCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

FaultExit.install()
exit(RetroCLI.run(Array(CommandLine.arguments.dropFirst())))
