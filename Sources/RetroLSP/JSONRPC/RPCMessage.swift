import Foundation
import RetroModel

/// One incoming JSON-RPC message: a request (with an id), a notification, or a response to us.
struct RPCMessage {
    enum Kind {
        case request(id: JSONValue)
        case notification
        case response
    }

    var kind: Kind
    var method: String
    var params: [String: Any]

    /// Parses a message body; the error is the one to answer with (and the id to answer, if known).
    static func parse(_ body: [UInt8]) -> Result<RPCMessage, RPCFailure> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        } catch {
            return .failure(RPCFailure(id: .null, error: .parse("The message is not valid JSON.")))
        }
        guard let dictionary = object as? [String: Any] else {
            return .failure(RPCFailure(id: .null, error: .invalidRequest("A message must be a JSON object (batches are not part of LSP).")))
        }
        let rawID = dictionary["id"]
        let id = rawID.flatMap(Self.id)
        if rawID != nil, id == nil {
            return .failure(RPCFailure(id: .null, error: .invalidRequest("'id' must be a number or a string.")))
        }
        guard dictionary["jsonrpc"] as? String == "2.0" else {
            return .failure(RPCFailure(id: id ?? .null, error: .invalidRequest("'jsonrpc' must be \"2.0\".")))
        }
        guard let method = dictionary["method"] else {
            if id != nil, dictionary["result"] != nil || dictionary["error"] != nil {
                return .success(RPCMessage(kind: .response, method: "", params: [:]))
            }
            return .failure(RPCFailure(id: id ?? .null, error: .invalidRequest("The message has no 'method'.")))
        }
        guard let name = method as? String else {
            return .failure(RPCFailure(id: id ?? .null, error: .invalidRequest("'method' must be a string.")))
        }
        var params: [String: Any] = [:]
        if let raw = dictionary["params"], !(raw is NSNull) {
            guard let object = raw as? [String: Any] else {
                return .failure(RPCFailure(id: id ?? .null, error: .invalidParams("'params' of '\(name)' must be an object.")))
            }
            params = object
        }
        return .success(RPCMessage(kind: id.map { .request(id: $0) } ?? .notification, method: name, params: params))
    }

    private static func id(_ value: Any) -> JSONValue? {
        if let text = value as? String { return .string(text) }
        if let number = value as? NSNumber {
            let double = number.doubleValue
            guard double.isFinite, double == double.rounded(), abs(double) < 9e15 else { return nil }
            return .int(Int(double))
        }
        return nil
    }
}

/// An answer to a message that could not be handled.
struct RPCFailure: Error {
    var id: JSONValue
    var error: RPCError
}
