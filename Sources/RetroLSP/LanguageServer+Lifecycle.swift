import RetroLint
import RetroModel

extension LanguageServer {
    /// Answers `initialize`: full document sync, hovers, quick fixes, and the position encoding
    /// (utf-32 when the client offers it, since the lint counts scalars; otherwise LSP's utf-16).
    /// `initializationOptions.profile: "customer"` adds the rules for text customers read.
    func initialize(_ params: [String: Any]) throws(RPCError) -> JSONValue {
        if let requested = (params["initializationOptions"] as? [String: Any])?["profile"] {
            guard let name = requested as? String, let profile = LintProfile(rawValue: name) else {
                throw .invalidParams("initializationOptions.profile must be 'internal' or 'customer'.")
            }
            linter.options = LintOptions(profile: profile)
        }
        let offered = ((params["capabilities"] as? [String: Any])?["general"] as? [String: Any])?["positionEncodings"] as? [String] ?? []
        encoding = offered.contains(TextPositions.Encoding.utf32.rawValue) ? .utf32 : .utf16
        if let root = (params["rootUri"] as? String).flatMap(FileURI.path) ?? params["rootPath"] as? String {
            linter.fallbackDirectory = root
        }
        state = .running
        let capabilities = JSONValue.object([
            ("positionEncoding", .string(encoding.rawValue)),
            (
                "textDocumentSync",
                .object([
                    ("openClose", .bool(true)), ("change", .int(1)), ("save", .object([("includeText", .bool(true))])),
                ])
            ),
            ("hoverProvider", .bool(true)),
            ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
        ])
        return .object([
            ("capabilities", capabilities),
            ("serverInfo", .object([("name", .string("retro")), ("version", .string(info.version))])),
        ])
    }
}
