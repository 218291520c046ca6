import Foundation
import RetroModel

/// Checks that span several fields: references between ids, and the order of the window.
extension IncidentDecoder {
    mutating func check(_ incident: Incident, root: DocumentNode) {
        checkUnique(incident.people.map(\.id), list: "people", root: root, what: "person id")
        checkUnique(incident.contributingFactors.map(\.id), list: "contributing_factors", root: root, what: "factor id")
        checkUnique(incident.followUps.map(\.id), list: "follow_ups", root: root, what: "follow-up id")

        let factorIDs = incident.contributingFactors.map(\.id)
        for (i, item) in incident.followUps.enumerated() {
            for (j, ref) in item.addresses.enumerated() where !factorIDs.contains(ref) {
                let node = root.find(["follow_ups", i, "addresses", j]) ?? root.find(["follow_ups", i]) ?? root
                let hint = Suggest.closest(to: ref, in: factorIDs).map { "did you mean '\($0)'?" }
                    ?? (factorIDs.isEmpty ? "add the factor under 'contributing_factors'" : "known factors: \(factorIDs.joined(separator: ", "))")
                problem(node, "The follow-up '\(item.id)' addresses '\(ref)', which is not a contributing factor's id.", hint: hint)
            }
        }

        let named = incident.window.milestones.compactMap { m in m.at.map { (m.name, $0) } }
        for (a, b) in zip(named, named.dropFirst()) where b.1 < a.1 {
            let node = root.find(["window", b.0]) ?? root
            problem(node, "The window says '\(b.0)' (\(Timestamp.iso(b.1))) comes before '\(a.0)' (\(Timestamp.iso(a.1))).", hint: "milestones go started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved")
        }
    }

    private mutating func checkUnique(_ ids: [String], list: String, root: DocumentNode, what: String) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            problem(root.find([list, i, "id"]) ?? root, "The \(what) '\(id)' is used twice.", hint: "give each one its own id")
        }
    }
}

/// A step in a path through a document: a key or an index.
protocol DocumentPathStep {}
extension String: DocumentPathStep {}
extension Int: DocumentPathStep {}

extension DocumentNode {
    /// The node at `steps` below this one, when it exists.
    func find(_ steps: [any DocumentPathStep]) -> DocumentNode? {
        var node = self
        for step in steps {
            switch (node.value, step) {
            case (.mapping(let pairs), let key as String):
                guard let next = pairs.first(where: { $0.key == key })?.value else { return nil }
                node = next
            case (.sequence(let items), let index as Int):
                guard items.indices.contains(index) else { return nil }
                node = items[index]
            default:
                return nil
            }
        }
        return node
    }
}
