import Foundation
import Testing

/// `retro lsp` as an editor runs it: a child process spoken to over pipes with Content-Length
/// framing, messages split across writes, garbage in between, and the shutdown/exit handshake.
@Suite struct LSPClientTests {
    /// A minimal LSP client over the process's pipes.
    final class Client {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        private var buffer: [UInt8] = []

        init() throws {
            process.executableURL = try #require(RetroBinary.executable, "build the binary first")
            process.arguments = ["lsp", "--stdio"]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func write(_ bytes: [UInt8]) {
            input.fileHandleForWriting.write(Data(bytes))
        }

        static func frame(_ json: String) -> [UInt8] {
            Array("Content-Length: \(json.utf8.count)\r\n\r\n".utf8) + Array(json.utf8)
        }

        func send(_ json: String) {
            write(Self.frame(json))
        }

        /// The next message from the server, or nil when its output ends.
        func receive() throws -> [String: Any]? {
            while true {
                if let end = headerEnd() {
                    let header = String(decoding: buffer[..<end], as: UTF8.self)
                    let lengthLine = try #require(header.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") })
                    let length = try #require(Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)))
                    if buffer.count >= end + 4 + length {
                        let body = Data(buffer[(end + 4)..<(end + 4 + length)])
                        buffer.removeFirst(end + 4 + length)
                        return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
                    }
                }
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { return nil }
                buffer += data
            }
        }

        /// Messages until one satisfies `done` (notifications the test does not look for are skipped).
        func receive(until done: ([String: Any]) -> Bool) throws -> [String: Any] {
            while let message = try receive() {
                if done(message) { return message }
            }
            throw CancellationError()
        }

        private func headerEnd() -> Int? {
            guard buffer.count >= 4 else { return nil }
            for i in 0...(buffer.count - 4) where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
                return i
            }
            return nil
        }

        func finish() -> Int32 {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) throws -> String {
        let array = String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    static func id(_ n: Int) -> ([String: Any]) -> Bool {
        { $0["id"] as? Int == n }
    }

    static func published(_ message: [String: Any]) -> Bool {
        message["method"] as? String == "textDocument/publishDiagnostics"
    }

    @Test func aSessionOverPipes() throws {
        let dir = try RetroBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("queue stall.md")
        let text = "# Queue stall\n\nThe on-call engineer should have noticed the alarm.\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let uri = file.absoluteString
        let client = try Client()

        // The initialize request arrives in three writes, split inside the header and the body.
        let initialize = Client.frame(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"#)
        client.write(Array(initialize[..<7]))
        Thread.sleep(forTimeInterval: 0.05)
        client.write(Array(initialize[7..<40]))
        Thread.sleep(forTimeInterval: 0.05)
        client.write(Array(initialize[40...]))
        let initialized = try client.receive(until: Self.id(1))
        let capabilities = (initialized["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        #expect(capabilities?["hoverProvider"] as? Bool == true)
        client.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)

        // Garbage: a header without a length, then a body that is not JSON. Both are answered, and the session goes on.
        client.write(Array("X-Nonsense: 1\r\n\r\n".utf8))
        let headerError = try client.receive(until: { $0["error"] != nil })
        #expect((headerError["error"] as? [String: Any])?["code"] as? Int == -32700)
        client.send("{\"jsonrpc\":\"2.0\",\"id\":2,")
        let bodyError = try client.receive(until: { $0["error"] != nil })
        #expect((bodyError["error"] as? [String: Any])?["code"] as? Int == -32700)
        #expect(bodyError["id"] is NSNull)

        let open =
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":\#(try Self.quoted(text))}}}"#
        client.send(open)
        let published = try client.receive(until: Self.published)
        let params = try #require(published["params"] as? [String: Any])
        #expect(params["uri"] as? String == uri)
        let diagnostics = try #require(params["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "blame.counterfactual")
        let link = (diagnostics.first?["codeDescription"] as? [String: String])?["href"]
        #expect(link?.hasSuffix("docs/lint.md#blamecounterfactual") == true, "\(String(describing: link))")

        client.send(
            #"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":2,"character":30}}}"#
        )
        let hover = try client.receive(until: Self.id(3))
        let value = (((hover["result"] as? [String: Any])?["contents"]) as? [String: String])?["value"] ?? ""
        let explain = try RetroBinary.run(["explain", "blame.counterfactual"]).stdout
        #expect(value == explain, "the hover is exactly what 'retro explain' prints")

        client.send(#"{"jsonrpc":"2.0","id":4,"method":"shutdown"}"#)
        let shutdown = try client.receive(until: Self.id(4))
        #expect(shutdown["result"] is NSNull)
        client.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(try client.receive() == nil, "the server closes its output on exit")
        #expect(client.finish() == 0)
    }

    @Test func endOfInputWithoutShutdownIsExitOne() throws {
        let client = try Client()
        client.send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
        _ = try client.receive(until: Self.id(1))
        #expect(client.finish() == 1)
    }
}
