import RetroModel

/// A JSON-RPC error response's `error`, with the codes the LSP specification assigns.
struct RPCError: Error {
    var code: Int
    var message: String

    static func parse(_ message: String) -> RPCError { RPCError(code: -32700, message: message) }
    static func invalidRequest(_ message: String) -> RPCError { RPCError(code: -32600, message: message) }
    static func methodNotFound(_ method: String) -> RPCError { RPCError(code: -32601, message: "Unknown method '\(method)'.") }
    static func invalidParams(_ message: String) -> RPCError { RPCError(code: -32602, message: message) }
    static func internalError(_ message: String) -> RPCError { RPCError(code: -32603, message: message) }
    static let notInitialized = RPCError(code: -32002, message: "The server is not initialized: send 'initialize' first.")

    var json: JSONValue {
        .object([("code", .int(code)), ("message", .string(message))])
    }
}
