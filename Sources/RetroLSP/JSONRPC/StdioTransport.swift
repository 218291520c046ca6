import RetroModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a `LanguageServer` over standard input and output until `exit` or the end of input.
public enum StdioTransport {
    /// The process's exit code: 0 after `shutdown` then `exit`, 1 otherwise.
    public static func run(_ server: LanguageServer) -> Int32 {
        // A client that goes away must end the loop with EPIPE, not kill the process mid-write.
        signal(SIGPIPE, SIG_IGN)
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return server.endOfInput() }
            framer.append(chunk[0..<count])
            while let frame = framer.next() {
                let replies =
                    switch frame {
                    case .message(let body): server.handle(body)
                    case .malformed(let problem): [server.malformedFrame(problem)]
                    }
                for reply in replies where reply != .null {
                    guard send(MessageFramer.frame(reply.serialized(pretty: false))) else { return 1 }
                }
                if let code = server.exitCode { return code }
            }
        }
    }

    private static func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
