import Foundation
import RetroModel
import Testing

@testable import RetroLSP

/// The server driven message by message: lifecycle, the specification's error codes, and what an
/// editor receives for a document.
@Suite struct LanguageServerTests {
    static let info = LanguageServer.Info(
        version: "9.9.9", explain: { $0 == "blame.counterfactual" ? "blame.counterfactual — EXPLAINED" : nil },
        ruleLink: { "https://example.invalid/rules#\($0)" })

    /// Sends `message` (a JSON text) and returns the replies as objects.
    static func send(_ server: LanguageServer, _ message: String) throws -> [[String: Any]] {
        try server.handle(Array(message.utf8)).map { reply in
            try #require(try JSONSerialization.jsonObject(with: Data(reply.serialized().utf8)) as? [String: Any])
        }
    }

    static func request(_ id: Int, _ method: String, _ params: String = "{}") -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#
    }

    static func notification(_ method: String, _ params: String) -> String {
        #"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#
    }

    static func jsonString(_ text: String) -> String {
        JSONValue.string(text).serialized()
    }

    static func running(encodings: [String] = []) throws -> LanguageServer {
        let server = LanguageServer(info: info)
        let general =
            encodings.isEmpty ? "" : #","general":{"positionEncodings":[\#(encodings.map { "\"\($0)\"" }.joined(separator: ","))]}"#
        _ = try send(server, request(1, "initialize", #"{"capabilities":{"textDocument":{}\#(general)}}"#))
        _ = try send(server, notification("initialized", "{}"))
        return server
    }

    static func open(_ server: LanguageServer, uri: String, _ text: String) throws -> [[String: Any]] {
        let params = #"{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":\#(jsonString(text))}}"#
        let replies = try send(server, notification("textDocument/didOpen", params))
        let published = try #require(replies.first?["params"] as? [String: Any])
        #expect(replies.first?["method"] as? String == "textDocument/publishDiagnostics")
        #expect(published["uri"] as? String == uri)
        return try #require(published["diagnostics"] as? [[String: Any]])
    }

    static func errorCode(_ reply: [String: Any]?) -> Int? {
        (reply?["error"] as? [String: Any])?["code"] as? Int
    }

    static func range(_ diagnostic: [String: Any]) -> [Int] {
        let range = diagnostic["range"] as? [String: [String: Int]] ?? [:]
        return [range["start"]?["line"], range["start"]?["character"], range["end"]?["line"], range["end"]?["character"]].map { $0 ?? -1 }
    }

    @Test func malformedMessagesGetTheSpecificationsErrors() throws {
        let server = LanguageServer(info: Self.info)
        #expect(Self.errorCode(try Self.send(server, "{not json").first) == -32700)
        #expect(try Self.send(server, "{not json").first?["id"] is NSNull, "a parse error has a null id")
        #expect(Self.errorCode(try Self.send(server, "[1,2]").first) == -32600)
        #expect(Self.errorCode(try Self.send(server, #"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#).first) == -32600)
        #expect(Self.errorCode(try Self.send(server, #"{"jsonrpc":"1.0","id":4,"method":"initialize"}"#).first) == -32600)
        let early = try Self.send(server, Self.request(5, "textDocument/hover"))
        #expect(Self.errorCode(early.first) == -32002)
        #expect(early.first?["id"] as? Int == 5)
        #expect(
            try Self.send(server, Self.notification("textDocument/didOpen", "{}")).isEmpty, "notifications before initialize are dropped")
        #expect(Self.errorCode(try Self.send(server, #"{"jsonrpc":"2.0","id":6,"method":"initialize","params":[1]}"#).first) == -32602)
        // Deep nesting is refused by the JSON parser, not by a stack overflow.
        let deep = String(repeating: "[", count: 100_000)
        #expect(Self.errorCode(try Self.send(server, deep).first) == -32700)
    }

    @Test func initializeAnswersCapabilitiesOnce() throws {
        let server = LanguageServer(info: Self.info)
        let reply = try #require(try Self.send(server, Self.request(1, "initialize", #"{"capabilities":{}}"#)).first)
        #expect(reply["id"] as? Int == 1)
        let result = try #require(reply["result"] as? [String: Any])
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        #expect(capabilities["hoverProvider"] as? Bool == true)
        #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 1)
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        #expect((result["serverInfo"] as? [String: String])?["version"] == "9.9.9")
        #expect(Self.errorCode(try Self.send(server, Self.request(2, "initialize")).first) == -32600)
        let unknown = try Self.send(server, Self.request(3, "textDocument/completion"))
        #expect(Self.errorCode(unknown.first) == -32601)
        #expect(unknown.first?["id"] as? Int == 3)
        let stringID = try Self.send(server, #"{"jsonrpc":"2.0","id":"abc","method":"nope"}"#)
        #expect(stringID.first?["id"] as? String == "abc")
    }

    @Test func theCustomerProfileIsAnInitializationOption() throws {
        let text = "Write to dana.ortiz@corp.example.com for details.\n"
        let customer = LanguageServer(info: Self.info)
        _ = try Self.send(customer, Self.request(1, "initialize", #"{"capabilities":{},"initializationOptions":{"profile":"customer"}}"#))
        let flagged = try Self.open(customer, uri: "untitled:status", text)
        #expect(flagged.contains { $0["code"] as? String == "customer.email" }, "\(flagged)")
        #expect(try Self.open(try Self.running(), uri: "untitled:status", text).isEmpty, "the internal profile has no leak rules")
        let wrong = LanguageServer(info: Self.info)
        let reply = try Self.send(
            wrong, Self.request(1, "initialize", #"{"capabilities":{},"initializationOptions":{"profile":"public"}}"#))
        #expect(Self.errorCode(reply.first) == -32602)
    }

    @Test func shutdownThenExitIsZeroAndExitAloneIsOne() throws {
        let server = try Self.running()
        let reply = try Self.send(server, Self.request(7, "shutdown"))
        #expect(reply.first?["result"] is NSNull)
        #expect(Self.errorCode(try Self.send(server, Self.request(8, "textDocument/hover")).first) == -32600)
        #expect(server.exitCode == nil)
        _ = try Self.send(server, Self.notification("exit", "{}"))
        #expect(server.exitCode == 0)

        let abrupt = try Self.running()
        _ = try Self.send(abrupt, Self.notification("exit", "{}"))
        #expect(abrupt.exitCode == 1)
        #expect(try Self.running().endOfInput() == 1)
    }

    @Test func aBlamefulSentenceIsPublishedWithRuleSeverityAndLink() throws {
        let server = try Self.running()
        let diagnostics = try Self.open(
            server, uri: "untitled:one", "# Queue stall\n\nThe on-call engineer should have noticed the alarm.\n")
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d["code"] as? String == "blame.counterfactual")
        #expect(d["severity"] as? Int == 2)
        #expect(d["source"] as? String == "retro")
        #expect((d["codeDescription"] as? [String: String])?["href"] == "https://example.invalid/rules#blame.counterfactual")
        // "should have noticed" starts at column 22 (0-based 21) and is 19 characters long.
        #expect(Self.range(d) == [2, 21, 2, 40])
    }

    @Test func charactersAreUTF16UnitsUnlessTheClientOffersUTF32() throws {
        let text = "Status 🔥🔥: the on-call engineer should have noticed it.\n"
        let utf16 = try Self.open(try Self.running(), uri: "untitled:a", text)
        let utf32 = try Self.open(try Self.running(encodings: ["utf-16", "utf-32"]), uri: "untitled:a", text)
        let should = try #require(text.range(of: "should")).lowerBound
        let scalarStart = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: should)
        let unitStart = text.utf16.distance(from: text.utf16.startIndex, to: should)
        #expect(unitStart == scalarStart + 2, "each emoji is two UTF-16 units")
        #expect(Self.range(try #require(utf16.first)) == [0, unitStart, 0, unitStart + 19])
        #expect(Self.range(try #require(utf32.first)) == [0, scalarStart, 0, scalarStart + 19])
    }

    @Test func hoverShowsTheExplanationAndNothingElsewhere() throws {
        let server = try Self.running()
        _ = try Self.open(server, uri: "untitled:h", "Intro line.\n\nThe on-call engineer should have noticed the alarm.\n")
        let on = try Self.send(
            server, Self.request(9, "textDocument/hover", #"{"textDocument":{"uri":"untitled:h"},"position":{"line":2,"character":25}}"#))
        let contents = ((on.first?["result"] as? [String: Any])?["contents"] as? [String: String])?["value"]
        #expect(contents == "blame.counterfactual — EXPLAINED")
        let off = try Self.send(
            server, Self.request(10, "textDocument/hover", #"{"textDocument":{"uri":"untitled:h"},"position":{"line":0,"character":2}}"#))
        #expect(off.first?["result"] is NSNull)
        let bad = try Self.send(server, Self.request(11, "textDocument/hover", #"{"textDocument":{"uri":"untitled:h"}}"#))
        #expect(Self.errorCode(bad.first) == -32602)
    }

    @Test func terminologyFindingsOfferTheirReplacement() throws {
        let server = try Self.running()
        let diagnostics = try Self.open(server, uri: "untitled:t", "It was careless.\n\nThe postmortem is due Friday.\n")
        #expect(diagnostics.map { $0["code"] as? String } == ["blame.judgment", "terminology.postmortem"])
        let params =
            #"{"textDocument":{"uri":"untitled:t"},"range":{"start":{"line":0,"character":0},"end":{"line":2,"character":30}},"context":{"diagnostics":[]}}"#
        let actions = try #require(
            try Self.send(server, Self.request(12, "textDocument/codeAction", params)).first?["result"] as? [[String: Any]])
        #expect(actions.count == 1, "blame rewrites need a person, so only the terminology finding has a fix")
        let action = try #require(actions.first)
        #expect(action["kind"] as? String == "quickfix")
        #expect(action["title"] as? String == "Replace 'postmortem' with 'retrospective'")
        let edits = try #require(((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?["untitled:t"] as? [[String: Any]])
        #expect(edits.first?["newText"] as? String == "retrospective")
        #expect(Self.range(edits.first ?? [:]) == [2, 4, 2, 14])
        let elsewhere =
            #"{"textDocument":{"uri":"untitled:t"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":3}},"context":{"diagnostics":[]}}"#
        #expect((try Self.send(server, Self.request(13, "textDocument/codeAction", elsewhere)).first?["result"] as? [Any])?.isEmpty == true)
    }

    @Test func changesAreAppliedWholeOrByRangeAndCloseClears() throws {
        let server = try Self.running()
        _ = try Self.open(server, uri: "untitled:c", "The queue drained.\n")
        let whole = #"{"textDocument":{"uri":"untitled:c","version":2},"contentChanges":[{"text":"It was careless.\n"}]}"#
        let afterWhole = try Self.send(server, Self.notification("textDocument/didChange", whole))
        let published = try #require(afterWhole.first?["params"] as? [String: Any])
        #expect((published["diagnostics"] as? [Any])?.count == 1)
        #expect(published["version"] as? Int == 2)
        // Replace "careless" (characters 7..<15) with "busy".
        let ranged =
            #"{"textDocument":{"uri":"untitled:c","version":3},"contentChanges":[{"range":{"start":{"line":0,"character":7},"end":{"line":0,"character":15}},"text":"busy"}]}"#
        let afterRange = try Self.send(server, Self.notification("textDocument/didChange", ranged))
        #expect(((afterRange.first?["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(server.documents["untitled:c"]?.text == "It was busy.\n")
        let closed = try Self.send(server, Self.notification("textDocument/didClose", #"{"textDocument":{"uri":"untitled:c"}}"#))
        #expect(((closed.first?["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(server.documents.isEmpty)
        let unopened = try Self.send(server, Self.notification("textDocument/didChange", ranged))
        #expect(unopened.first?["method"] as? String == "window/logMessage", "a notification's problem goes to the log")
    }

    @Test func theNearestConfigurationApplies() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("retro-lsp-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("team/retros")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "rules:\n  blame.judgment:\n    severity: error\n".write(
            to: root.appendingPathComponent("team/.retro-lint.yml"), atomically: true, encoding: .utf8)
        let text = "It was careless.\n"
        let server = try Self.running()
        let inside = try Self.open(server, uri: URL(fileURLWithPath: nested.appendingPathComponent("a b.md").path).absoluteString, text)
        #expect(inside.first?["severity"] as? Int == 1, "the team's configuration raises the rule to error")
        let outside = try Self.open(server, uri: URL(fileURLWithPath: root.appendingPathComponent("b.md").path).absoluteString, text)
        #expect(outside.first?["severity"] as? Int == 2)

        try "rules:\n  blame.judgment: off\n".write(
            to: root.appendingPathComponent("team/.retro-lint.yml"), atomically: true, encoding: .utf8)
        let uri = URL(fileURLWithPath: nested.appendingPathComponent("a b.md").path).absoluteString
        let saved = try Self.send(server, Self.notification("textDocument/didSave", #"{"textDocument":{"uri":"\#(uri)"}}"#))
        let forInside = saved.first { ($0["params"] as? [String: Any])?["uri"] as? String == uri }
        #expect(((forInside?["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true, "a save re-reads the configuration")

        try "rulez: {}\n".write(to: root.appendingPathComponent("team/.retro-lint.yml"), atomically: true, encoding: .utf8)
        let broken = try Self.send(server, Self.notification("textDocument/didSave", #"{"textDocument":{"uri":"\#(uri)"}}"#))
        let problem =
            ((broken.first { ($0["params"] as? [String: Any])?["uri"] as? String == uri }?["params"] as? [String: Any])?["diagnostics"]
            as? [[String: Any]])?.first
        #expect(problem?["code"] as? String == "lint.config")
        #expect((problem?["message"] as? String)?.contains(".retro-lint.yml") == true)
    }
}
