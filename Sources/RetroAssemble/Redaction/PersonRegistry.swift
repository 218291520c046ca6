/// The people of an incident as they are discovered: each a set of keys (ids, names, aliases,
/// handles) that name the same person, an optional incident role, and the order they appear in.
struct PersonRegistry {
    private var entities: [(keys: [String], role: String?)] = []
    /// Per person, the keys already listed, so an author seen in every message is listed once.
    private var listed: [Set<String>] = []
    private var index: [String: Int] = [:]
    private var order: [Int] = []
    private var appeared = Set<Int>()
    /// `PseudonymTable.normalize` of each key seen: a 100k-message export repeats the same few
    /// authors a hundred thousand times.
    private var normalized: [String: String] = [:]

    private mutating func normalize(_ key: String) -> String {
        if let known = normalized[key] { return known }
        let result = PseudonymTable.normalize(key)
        normalized[key] = result
        return result
    }

    /// True when a key names someone already known.
    func knows(_ key: String) -> Bool { index[PseudonymTable.normalize(key)] != nil }

    /// Adds `keys` to the person any of them already names, or to a new person.
    @discardableResult
    mutating func add(_ keys: [String], role: String? = nil) -> Int {
        let normalized = keys.map { normalize($0) }
        var known: Int?
        for key in normalized where known == nil { known = index[key] }
        let entity = known ?? entities.count
        if known == nil {
            entities.append(([], nil))
            listed.append([])
        }
        if let role, entities[entity].role == nil { entities[entity].role = role }
        for (key, normal) in zip(keys, normalized) where !normal.isEmpty {
            if listed[entity].insert(key).inserted { entities[entity].keys.append(key) }
            if index[normal] == nil { index[normal] = entity }
        }
        return entity
    }

    /// Records that the person named by `keys` appears (adding them when new).
    mutating func appear(_ keys: [String]) {
        let entity = add(keys)
        if appeared.insert(entity).inserted { order.append(entity) }
    }

    /// Gives each person with a multi-word name their first name as a key, when no one else
    /// shares it and it names no one else yet.
    mutating func addFirstNames() {
        let firstNames = entities.map { entity in
            entity.keys.first { $0.contains(" ") }.flatMap { $0.split(separator: " ").first.map(String.init) }
        }
        for (entity, first) in firstNames.enumerated() {
            // "Lena" for a person whose id is "@lena" is the same key, spelled as prose spells it.
            guard let first else { continue }
            let owner = index[PseudonymTable.normalize(first)]
            guard first.count >= 2, first.first?.isUppercase == true, owner == nil || owner == entity,
                firstNames.filter({ $0 == first }).count == 1, !entities[entity].keys.contains(first)
            else { continue }
            entities[entity].keys.append(first)
            listed[entity].insert(first)
            index[PseudonymTable.normalize(first)] = entity
        }
    }

    /// Every key as written.
    var names: [String] { entities.flatMap(\.keys) }

    /// Normalized key → label: the role when one person alone holds it, otherwise the next pseudonym.
    func labels(role: (String) -> String, pseudonym: (Int) -> String) -> [String: String] {
        var roleCounts: [String: Int] = [:]
        for entity in entities { if let r = entity.role { roleCounts[r, default: 0] += 1 } }
        var next = 0
        var labelOf: [Int: String] = [:]
        for entity in order {
            if let r = entities[entity].role, roleCounts[r] == 1 {
                labelOf[entity] = role(r)
            } else {
                labelOf[entity] = pseudonym(next)
                next += 1
            }
        }
        return index.compactMapValues { labelOf[$0] }
    }
}
