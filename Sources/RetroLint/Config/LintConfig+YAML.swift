import RetroModel
import Yams

extension LintConfig {
    static let topLevelKeys = ["rules", "people", "roles", "allow", "blockquotes", "structure", "sections", "internal"]
    static let internalKeys = ["domains", "hosts", "names"]
    static let ruleKeys = ["enabled", "severity", "add_terms", "override_terms", "allow_terms"]

    /// Reads a `.retro-lint.yml`; every unknown key or bad value is an `InputError` with its position.
    public static func parse(_ text: String, path: String) throws -> LintConfig {
        var config = LintConfig()
        config.path = path
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(path: path, "The configuration is not valid YAML: \(error).", hint: "check the indentation and quoting")
        }
        guard let root else { return config }
        let reader = ConfigReader(path: path)
        let mapping = try reader.mapping(root, what: "the configuration")
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "rules": config.rules = try readRules(value, reader)
            case "people": config.people = try reader.strings(value, key: key)
            case "roles": config.roles = try reader.strings(value, key: key)
            case "allow": config.allow = try reader.strings(value, key: key)
            case "blockquotes": config.blockquotes = try reader.choice(value, key: key, Blockquotes.self)
            case "structure": config.structure = try reader.choice(value, key: key, Structure.self)
            case "sections": try readSections(value, into: &config, reader)
            case "internal": config.internalNames = try readInternal(value, reader)
            default: throw reader.unknown(key, at: keyNode, among: topLevelKeys, what: "configuration key")
            }
        }
        return config
    }

    private static func readRules(_ node: Node, _ reader: ConfigReader) throws -> [String: RuleSettings] {
        var result: [String: RuleSettings] = [:]
        let ids = RuleCatalog.all.map(\.id)
        for (idNode, value) in try reader.mapping(node, what: "'rules'") {
            let id = idNode.string ?? ""
            guard ids.contains(id) else { throw reader.unknown(id, at: idNode, among: ids, what: "rule id") }
            var settings = RuleSettings()
            // `blame.judgment: off` and `: error` are shorthands.
            if let scalar = value.scalar {
                if let bool = Bool.construct(from: scalar) {
                    settings.enabled = bool
                } else if scalar.string == "off" {
                    settings.enabled = false
                } else {
                    settings.severity = try reader.choice(value, key: id, Diagnostic.Severity.self)
                }
                result[id] = settings
                continue
            }
            for (keyNode, field) in try reader.mapping(value, what: "'rules.\(id)'") {
                let key = keyNode.string ?? ""
                switch key {
                case "enabled": settings.enabled = try reader.bool(field, key: key)
                case "severity": settings.severity = try reader.choice(field, key: key, Diagnostic.Severity.self)
                case "add_terms": settings.addTerms = try reader.strings(field, key: key)
                case "override_terms": settings.overrideTerms = try reader.strings(field, key: key)
                case "allow_terms": settings.allowTerms = try reader.strings(field, key: key)
                default: throw reader.unknown(key, at: keyNode, among: ruleKeys, what: "rule setting")
                }
            }
            result[id] = settings
        }
        return result
    }

    /// `internal: {domains, hosts, names}`: what the customer profile treats as the organisation's own.
    private static func readInternal(_ node: Node, _ reader: ConfigReader) throws -> InternalNames {
        var names = InternalNames()
        for (keyNode, value) in try reader.mapping(node, what: "'internal'") {
            let key = keyNode.string ?? ""
            switch key {
            case "domains": names.domains = try reader.strings(value, key: key)
            case "hosts": names.hosts = try reader.strings(value, key: key)
            case "names": names.names = try reader.strings(value, key: key)
            default: throw reader.unknown(key, at: keyNode, among: internalKeys, what: "key of 'internal'")
            }
        }
        return names
    }

    private static func readSections(_ node: Node, into config: inout LintConfig, _ reader: ConfigReader) throws {
        for (keyNode, value) in try reader.mapping(node, what: "'sections'") {
            let key = keyNode.string ?? ""
            guard sectionKeys.contains(key) else { throw reader.unknown(key, at: keyNode, among: sectionKeys, what: "section") }
            config.sections[key] = try reader.strings(value, key: key)
        }
    }
}

/// Reads typed values out of YAML nodes, with errors that point at the node.
private struct ConfigReader {
    let path: String

    func error(_ node: Node, _ message: String, hint: String? = nil) -> InputError {
        InputError(path: path, line: node.mark?.line, column: node.mark?.column, message, hint: hint)
    }

    func unknown(_ key: String, at node: Node, among candidates: [String], what: String) -> InputError {
        error(node, "Unknown \(what) '\(key)'.", hint: EditDistance.hint(for: key, among: candidates))
    }

    func mapping(_ node: Node, what: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw error(node, "Expected a mapping for \(what).", hint: "write 'key: value' lines") }
        return mapping
    }

    func strings(_ node: Node, key: String) throws -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else { throw error(node, "'\(key)' must be a list of strings.") }
        return try sequence.map { item in
            guard let scalar = item.scalar else { throw error(item, "Every entry of '\(key)' must be a string.") }
            return scalar.string
        }
    }

    func bool(_ node: Node, key: String) throws -> Bool {
        guard let scalar = node.scalar, let value = Bool.construct(from: scalar) else {
            throw error(node, "'\(key)' must be true or false, not '\(node.string ?? "")'.")
        }
        return value
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String, _ type: T.Type) throws -> T where T.RawValue == String {
        let text = node.string ?? ""
        guard let value = T(rawValue: text) else {
            let names = T.allCases.map(\.rawValue)
            throw error(node, "'\(text)' is not a valid value for '\(key)'.", hint: EditDistance.hint(for: text, among: names))
        }
        return value
    }
}
