import RetroModel

/// The enabled rules with their phrase lists compiled to word hashes and indexed by first word,
/// so the engine looks each word up once, whatever the number of rules.
struct CompiledRules: Sendable {
    struct Anchor: Sendable {
        var rule: Int
        var phrase: [UInt64]
        var list: String
        var text: String
    }

    let phraseRules: [any PhraseRule]
    let severities: [Diagnostic.Severity]
    let documentRules: [(rule: any DocumentRule, severity: Diagnostic.Severity)]
    /// Enabled leak rules (customer profile only) and the scanner they read; nil when none is on.
    let leakRules: [(rule: any LeakRule, severity: Diagnostic.Severity)]
    let scanner: SensitiveScanner?
    let index: [UInt64: [Anchor]]
    /// Bit `hash & bitMask` is set when some phrase starts with a word of that hash.
    let firstWordBits: [UInt64]
    static let bitMask: UInt64 = (1 << 16) - 1
    /// Per phrase rule: phrases that never trigger it (its `allow_terms` plus the global `allow`).
    let allowed: [[[UInt64]]]
    let context: RuleContext

    init(config: LintConfig, options: LintOptions) {
        var effective = config
        if let structure = options.structure { effective.structure = structure }
        let pack = PhrasePack.builtIn
        // Customer rules belong to the customer profile; configuration cannot switch them on elsewhere.
        func isEnabled(_ description: RuleDescription) -> Bool {
            effective.isEnabled(description) && (description.category != .customer || options.profile == .customer)
        }
        let globalAllow = config.allow.map(WordHash.words)

        var lists: [String: [String: [[UInt64]]]] = [:]
        var texts: [String: [String: [String]]] = [:]
        var rules: [any PhraseRule] = []
        var severities: [Diagnostic.Severity] = []
        var allowed: [[[UInt64]]] = []
        var index: [UInt64: [Anchor]] = [:]
        for rule in RuleCatalog.phraseRules {
            let id = rule.description.id
            var named = pack.rules[id] ?? [:]
            if let settings = config.rules[id] {
                named["terms"] = (settings.overrideTerms ?? named["terms"] ?? []) + settings.addTerms
            }
            // `forget~ to`, `sloppy~adj`: every inflected form of a lemma slot, pack's and user's alike.
            named = named.mapValues(Inflection.expand)
            texts[id] = named
            lists[id] = named.mapValues { $0.map(WordHash.words) }
            guard isEnabled(rule.description) else { continue }
            let number = rules.count
            rules.append(rule)
            severities.append(effective.severity(of: rule.description))
            allowed.append((config.rules[id]?.allowTerms ?? []).map(WordHash.words) + globalAllow)
            for list in rule.anchorLists {
                for text in named[list] ?? [] {
                    let phrase = WordHash.words(text)
                    guard let first = phrase.first else { continue }
                    index[first, default: []].append(Anchor(rule: number, phrase: phrase, list: list, text: text.lowercased()))
                }
            }
        }
        // Longer phrases first, so "should not have" wins over a shorter overlapping anchor.
        self.index = index.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
        var bits = [UInt64](repeating: 0, count: Int(Self.bitMask + 1) / 64)
        for hash in index.keys { bits[Int(hash & Self.bitMask) >> 6] |= 1 << (hash & 63) }
        self.firstWordBits = bits
        self.phraseRules = rules
        self.severities = severities
        self.allowed = allowed
        self.documentRules = RuleCatalog.documentRules.filter { isEnabled($0.description) }
            .map { ($0, effective.severity(of: $0.description)) }
        self.leakRules = RuleCatalog.leakRules.filter { isEnabled($0.description) }.map { ($0, effective.severity(of: $0.description)) }
        // The configuration's `people:` and `internal:` add to what the incident says.
        var vocabulary = options.customer?.vocabulary ?? SensitiveVocabulary()
        vocabulary.people += config.people
        vocabulary.internalNames.domains += config.internalNames.domains
        vocabulary.internalNames.hosts += config.internalNames.hosts
        vocabulary.internalNames.names += config.internalNames.names
        self.scanner = leakRules.isEmpty ? nil : SensitiveScanner(vocabulary: vocabulary)

        func words(_ name: String, extra: [String] = []) -> Set<UInt64> {
            Set((pack.words[name] ?? []).map(WordHash.of) + extra.map(WordHash.of))
        }
        var context = RuleContext(
            pronouns: words("pronouns"), roles: words("roles", extra: config.roles), nonPerson: words("non_person"),
            adverbs: words("adverbs"), auxiliaries: words("auxiliaries"), participles: words("participles"),
            people: Set(config.people.flatMap { $0.split(separator: " ").map { WordHash.of(String($0)) } }), lists: lists, texts: texts,
            sections: LintConfig.sectionKeys.map { ($0, effective.sections[$0] ?? []) }, customer: options.customer,
            wordSets: lists.mapValues { $0.mapValues { Set($0.compactMap { $0.count == 1 ? $0[0] : nil }) } })
        context.subjectGap = context.adverbs.union(context.auxiliaries)
        self.context = context
    }
}
