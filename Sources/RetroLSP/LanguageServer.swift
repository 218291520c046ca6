import RetroModel

/// The lint as a Language Server: answers one JSON-RPC message at a time with the messages to
/// send back. No I/O here (`StdioTransport` does it), so the tests drive it message by message.
///
/// Documents are synchronised whole (`TextDocumentSyncKind.Full`); a client that sends ranges
/// anyway has them applied. Findings are published on open, change and save, and cleared on close.
public final class LanguageServer {
    enum State {
        case waiting, running, shutDown
    }

    public struct Info: Sendable {
        public var version: String
        /// `retro explain RULE`'s text, for hovers; nil for an unknown id.
        public var explain: @Sendable (String) -> String?
        /// Where a rule is documented, for `codeDescription`.
        public var ruleLink: @Sendable (String) -> String?

        public init(version: String, explain: @escaping @Sendable (String) -> String?, ruleLink: @escaping @Sendable (String) -> String?) {
            self.version = version
            self.explain = explain
            self.ruleLink = ruleLink
        }
    }

    let info: Info
    var state = State.waiting
    var encoding = TextPositions.Encoding.utf16
    var documents: [String: OpenDocument] = [:]
    let linter = DocumentLinter()
    /// Set by `exit`: 0 after `shutdown`, 1 without it, as the specification asks.
    public private(set) var exitCode: Int32?

    public init(info: Info) {
        self.info = info
    }

    /// The replies to one message body.
    public func handle(_ body: [UInt8]) -> [JSONValue] {
        switch RPCMessage.parse(body) {
        case .failure(let failure):
            return [Self.response(id: failure.id, error: failure.error)]
        case .success(let message):
            return handle(message)
        }
    }

    /// The reply to a frame whose header could not be read: a parse error without an id.
    public func malformedFrame(_ problem: String) -> JSONValue {
        Self.response(id: .null, error: .parse(problem))
    }

    /// The input ended: like `exit`, successful only after `shutdown`.
    public func endOfInput() -> Int32 {
        exitCode ?? (state == .shutDown ? 0 : 1)
    }

    func handle(_ message: RPCMessage) -> [JSONValue] {
        switch message.kind {
        case .response:
            return []
        case .notification:
            return notification(message)
        case .request(let id):
            do {
                let (result, notifications) = try request(message)
                return [Self.response(id: id, result: result)] + notifications
            } catch {
                return [Self.response(id: id, error: error)]
            }
        }
    }

    private func request(_ message: RPCMessage) throws(RPCError) -> (JSONValue, [JSONValue]) {
        if message.method == "initialize" {
            guard state == .waiting else { throw .invalidRequest("'initialize' was already received.") }
            return (try initialize(message.params), [])
        }
        switch state {
        case .waiting: throw .notInitialized
        case .shutDown: throw .invalidRequest("The server is shutting down; only 'exit' is accepted.")
        case .running: break
        }
        switch message.method {
        case "shutdown":
            state = .shutDown
            documents = [:]
            return (.null, [])
        case "textDocument/hover":
            return (try hover(message.params), [])
        case "textDocument/codeAction":
            return (try codeActions(message.params), [])
        default:
            throw .methodNotFound(message.method)
        }
    }

    private func notification(_ message: RPCMessage) -> [JSONValue] {
        if message.method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return []
        }
        guard state == .running else { return [] }
        do {
            switch message.method {
            case "textDocument/didOpen": return try didOpen(message.params)
            case "textDocument/didChange": return try didChange(message.params)
            case "textDocument/didSave": return try didSave(message.params)
            case "textDocument/didClose": return try didClose(message.params)
            case "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration": return relintAll()
            default: return []
            }
        } catch {
            // A notification has no reply; the problem goes to the client's log instead.
            return [
                Self.notification(
                    "window/logMessage",
                    .object([("type", .int(1)), ("message", .string("retro lsp: \(message.method): \(error.message)"))]))
            ]
        }
    }
}
