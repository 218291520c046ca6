import Foundation
import RetroModel
import Testing

@testable import RetroLSP

/// Never a crash: seeded random bytes and mangled LSP messages through the framer and the server.
/// Every reply must be a JSON-RPC message, and a well-formed request afterwards still gets its answer.
@Suite struct HostileInputTests {
    /// SplitMix64, so a failure reproduces from the seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let templates = [
        #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/x%20y.md","version":1,"text":"It was careless.\nThe postmortem."}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///tmp/x%20y.md","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":3}},"end":{"line":9,"character":99}},"text":"🔥\r\n"}]}}"#,
        #"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/x%20y.md"},"position":{"line":0,"character":8}}}"#,
        #"{"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///tmp/x%20y.md"},"range":{"start":{"line":0,"character":0},"end":{"line":5,"character":0}}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///tmp/x%20y.md"}}}"#,
    ]

    static func mangle(_ text: String, _ random: inout Random) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<random.below(4) where !bytes.isEmpty {
            let at = random.below(bytes.count)
            switch random.below(4) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 2: bytes[at] = [UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "]"), 0, 0xFF][random.below(5)]
            default: bytes = Array(bytes[..<at])
            }
        }
        return bytes
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomStreamsNeverCrashAndEveryReplyIsJSONRPC(seed: UInt64) throws {
        var random = Random(state: seed)
        let server = LanguageServer(info: LanguageServer.Info(version: "0", explain: { _ in nil }, ruleLink: { _ in nil }))
        var framer = MessageFramer(maximumLength: 1 << 16)
        var replies: [JSONValue] = []
        for _ in 0..<400 {
            let body = Self.mangle(Self.templates[random.below(Self.templates.count)], &random)
            var frame = MessageFramer.frame(String(decoding: body, as: UTF8.self))
            if random.below(10) == 0 { frame = Array(frame.dropFirst(random.below(20))) }
            // Deliver in random pieces, as pipes do.
            var offset = 0
            while offset < frame.count {
                let end = min(frame.count, offset + 1 + random.below(64))
                framer.append(frame[offset..<end])
                offset = end
                while let next = framer.next() {
                    switch next {
                    case .message(let body): replies += server.handle(body)
                    case .malformed(let problem): replies.append(server.malformedFrame(problem))
                    }
                }
            }
        }
        for reply in replies where reply != .null {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(reply.serialized().utf8)) as? [String: Any])
            #expect(object["jsonrpc"] as? String == "2.0")
            #expect(object["result"] != nil || object["error"] != nil || object["method"] != nil)
        }
        #expect(replies.contains { reply in reply.serialized().contains("\"error\"") }, "the mangled messages were answered with errors")
        // A clean request after all that is still answered; a frame cut short above may need one clean frame to resync.
        framer.append(
            MessageFramer.frame(#"{"jsonrpc":"2.0","id":99,"method":"shutdown"}"#)
                + MessageFramer.frame(#"{"jsonrpc":"2.0","id":100,"method":"shutdown"}"#))
        var last: [JSONValue] = []
        while let next = framer.next() {
            if case .message(let body) = next { last += server.handle(body) }
        }
        #expect(last.contains { $0.serialized(pretty: false).contains(#""id":100"#) })
    }
}
