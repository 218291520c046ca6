import RetroModel

extension LanguageServer {
    static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    static func response(id: JSONValue, error: RPCError) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("error", error.json)])
    }

    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }

    /// `params.textDocument.uri`, which every document message carries.
    static func uri(_ params: [String: Any]) throws(RPCError) -> String {
        guard let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String, !uri.isEmpty else {
            throw .invalidParams("'textDocument.uri' is missing.")
        }
        return uri
    }
}
