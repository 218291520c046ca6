import RetroCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(RetroCLI.run(Array(CommandLine.arguments.dropFirst())))
