import RetroModel

/// Who appears in an incident and what each person is called once names are redacted: their
/// incident role ("the incident commander") when they alone hold it, otherwise "Responder A",
/// "Responder B"… in order of first appearance.
///
/// The order is the chat and alert log in time order, then the incident file's own timeline,
/// then its list of people, so the same inputs always give the same pseudonyms.
public struct PseudonymTable: Sendable {
    /// Normalized key (id, name, alias, handle, first name) → label.
    private var labels: [String: String] = [:]
    /// Every key as written, for the scanner that finds names in free text.
    public private(set) var names: [String] = []

    public init(incident: Incident, inputs: AssemblyInputs) {
        var entities: [[String]] = []
        var keyToEntity: [String: Int] = [:]
        var order: [Int] = []
        var roleOf: [Int: String] = [:]

        func add(_ keys: [String]) -> Int {
            let known = keys.lazy.compactMap { keyToEntity[Self.normalize($0)] }.first
            let entity = known ?? entities.count
            if known == nil { entities.append([]) }
            for key in keys where !Self.normalize(key).isEmpty {
                entities[entity].append(key)
                if keyToEntity[Self.normalize(key)] == nil { keyToEntity[Self.normalize(key)] = entity }
            }
            return entity
        }
        func appear(_ entity: Int) { if !order.contains(entity) { order.append(entity) } }

        for person in incident.people {
            let entity = add([person.id, person.name] + person.aliases)
            if let role = person.roles.first { roleOf[entity] = role }
        }
        // First names name a person only when no one else shares them.
        let firstNames = incident.people.map { person -> String? in
            let words = person.name.split(separator: " ")
            return words.count > 1 ? words.first.map(String.init) : nil
        }
        for (person, first) in zip(incident.people, firstNames) {
            guard let first, firstNames.filter({ $0 == first }).count == 1, let entity = keyToEntity[Self.normalize(person.id)] else { continue }
            entities[entity].append(first)
            if keyToEntity[Self.normalize(first)] == nil { keyToEntity[Self.normalize(first)] = entity }
        }

        var appearances: [(at: Double, keys: [[String]])] = []
        for message in inputs.messages where !message.bot && message.kind == .message {
            appearances.append((message.at.timeIntervalSince1970, [[message.author.id, message.author.name]] + Self.handles(in: message.text).map { [$0] }))
        }
        for alert in inputs.alerts {
            if let actor = alert.actor, keyToEntity[Self.normalize(actor)] != nil || SensitiveVocabulary.looksLikePersonName(actor) {
                appearances.append((alert.at.timeIntervalSince1970, [[actor]]))
            }
        }
        for event in inputs.annotations + incident.timeline {
            if let actor = event.actor { appearances.append((event.at.timeIntervalSince1970, [[actor]])) }
        }
        for appearance in appearances.enumerated().sorted(by: { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }) {
            for keys in appearance.element.keys { appear(add(keys)) }
        }
        for person in incident.people { appear(add([person.id])) }
        // Chat participants the incident file does not list are found by first name too.
        let chatFirstNames = entities.map { keys in keys.first { $0.contains(" ") }.flatMap { $0.split(separator: " ").first.map(String.init) } }
        for (entity, first) in chatFirstNames.enumerated() {
            guard let first, first.count >= 2, first.first?.isUppercase == true, keyToEntity[Self.normalize(first)] == nil,
                chatFirstNames.filter({ $0 == first }).count == 1
            else { continue }
            entities[entity].append(first)
            keyToEntity[Self.normalize(first)] = entity
        }

        let roleCounts = Dictionary(grouping: roleOf.values, by: { $0 }).mapValues(\.count)
        var letter = 0
        var labelOf: [Int: String] = [:]
        for entity in order {
            if let role = roleOf[entity], roleCounts[role] == 1 {
                labelOf[entity] = Self.roleLabel(role)
            } else {
                labelOf[entity] = "Responder " + Self.letters(letter)
                letter += 1
            }
        }
        for (key, entity) in keyToEntity { labels[key] = labelOf[entity] }
        names = entities.flatMap { $0 }.filter { Self.normalize($0).count >= 2 }
    }

    /// The label for a name, id, alias or `@handle`; nil when the person is unknown.
    public func label(for name: String) -> String? {
        labels[Self.normalize(name)]
    }

    /// "incident_commander" → "the incident commander".
    static func roleLabel(_ role: String) -> String {
        let known = [
            "incident_commander": "incident commander", "ic": "incident commander", "comms_lead": "communications lead",
            "communications_lead": "communications lead", "ops_lead": "operations lead", "operations_lead": "operations lead",
            "sme": "subject-matter expert", "subject_matter_expert": "subject-matter expert", "scribe": "scribe",
        ]
        let key = role.lowercased()
        return "the " + (known[key] ?? key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " "))
    }

    /// A, B, … Z, AA, AB, …
    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letters(index / 26 - 1) + String(alphabet[index % 26])
    }

    /// `@dana`, `<@U123>` and `<@U123|dana>` as the id or handle they name.
    static func handles(in text: String) -> [String] {
        SensitiveScanner().scan(text, kinds: [.handle]).map { handleKey($0.text) }
    }

    static func handleKey(_ mention: String) -> String {
        var text = mention
        if text.hasPrefix("<@") {
            text = String(text.dropFirst(2).dropLast())
            return String(text.split(separator: "|").first ?? "")
        }
        while text.hasPrefix("@") { text.removeFirst() }
        return text
    }

    static func normalize(_ name: String) -> String {
        var text = name.lowercased().trimmingCharacters(in: .whitespaces)
        while text.hasPrefix("@") { text.removeFirst() }
        return text
    }
}
