import Yams

/// The phrase lists of the built-in packs, read once from their embedded YAML (by `PackReader`,
/// which needs no YAML library; Yams only for a pack outside the subset it reads).
struct PhrasePack: Sendable, Equatable {
    /// Word classes (`pronouns`, `roles`, …) by name.
    var words: [String: [String]] = [:]
    /// Each rule's named lists (`terms`, `modal`, …) by rule id.
    var rules: [String: [String: [String]]] = [:]

    /// The built-in packs. The YAML is part of the binary; a parse failure is a build defect
    /// that the pack tests catch, so it yields empty lists rather than a crash.
    static let builtIn: PhrasePack = {
        var pack = PhrasePack()
        for text in [BlamePack.yaml, TerminologyPack.yaml, CustomerPack.yaml] {
            pack.merge(PhrasePack.reading(text))
        }
        return pack
    }()

    init() {}

    /// The lists of one pack: read by `PackReader`, or by Yams when the pack leaves its subset.
    static func reading(_ yaml: String) -> PhrasePack {
        PackReader.read(yaml).map(PhrasePack.init(root:)) ?? (try? PhrasePack(yaml: yaml)) ?? PhrasePack()
    }

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

    /// The same lists as `init(yaml:)` finds, from a pack `PackReader` has read.
    init(root: PackReader.Node) {
        guard case .mapping(let pairs) = root else { return }
        // A key written twice never reaches here: the reader leaves such a pack to Yams.
        let top = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        if case .mapping(let words)? = top["words"] {
            for (name, list) in words { self.words[name] = Self.strings(list) }
        }
        if case .mapping(let rules)? = top["rules"] {
            for (id, lists) in rules {
                guard case .mapping(let lists) = lists else { continue }
                var named: [String: [String]] = [:]
                for (name, list) in lists { named[name] = Self.strings(list) }
                self.rules[id] = named
            }
        }
    }

    private static func strings(_ node: PackReader.Node) -> [String] {
        if case .list(let items) = node { return items }
        return []
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
