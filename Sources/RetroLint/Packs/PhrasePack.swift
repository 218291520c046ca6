import Yams

/// The phrase lists of the built-in packs, read once from their embedded YAML.
struct PhrasePack: Sendable {
    /// Word classes (`pronouns`, `roles`, …) by name.
    var words: [String: [String]] = [:]
    /// Each rule's named lists (`terms`, `modal`, …) by rule id.
    var rules: [String: [String: [String]]] = [:]

    /// The built-in packs. The YAML is part of the binary; a parse failure is a build defect
    /// that the pack tests catch, so it yields empty lists rather than a crash.
    static let builtIn: PhrasePack = {
        var pack = PhrasePack()
        for text in [BlamePack.yaml, TerminologyPack.yaml, CustomerPack.yaml] {
            pack.merge((try? PhrasePack(yaml: text)) ?? PhrasePack())
        }
        return pack
    }()

    init() {}

    init(yaml: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else { return }
        if let words = root["words"] as? [String: Any] {
            for (name, list) in words { self.words[name] = Self.strings(list) }
        }
        if let rules = root["rules"] as? [String: Any] {
            for (id, lists) in rules {
                guard let lists = lists as? [String: Any] else { continue }
                var named: [String: [String]] = [:]
                for (name, list) in lists { named[name] = Self.strings(list) }
                self.rules[id] = named
            }
        }
    }

    mutating func merge(_ other: PhrasePack) {
        words.merge(other.words) { $1 }
        rules.merge(other.rules) { $1 }
    }

    /// The list `name` of rule `id`, empty when absent.
    func list(_ name: String, of id: String) -> [String] {
        rules[id]?[name] ?? []
    }

    private static func strings(_ value: Any) -> [String] {
        (value as? [Any] ?? []).map { "\($0)" }
    }
}
