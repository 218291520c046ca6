#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a trap (a failed precondition, a bad access) into the contract's exit 3 with a one-line
/// message, instead of a signal death and a register dump. A defect still has to be fixed; this
/// only keeps the exit status meaningful for the CI job that ran `retro`.
public enum FaultExit {
    public static func install() {
        // A stack overflow leaves no stack for the handler: give it one of its own.
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = handle
            #else
                action.__sigaction_u.__sa_handler = handle
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
    }
}

/// Only async-signal-safe calls (`write`, `_exit`) and a static message: no allocation here.
private func handle(_ signal: Int32) {
    let message: StaticString = "retro: error: internal fault (the process trapped). Please report it with the command you ran.\n"
    _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
    _exit(ExitStatus.internalFault)
}
