import Foundation
import RetroModel

/// Maps chat identities and alert actors to the people named in the incident file.
///
/// A person is found by `id`, any alias, or their name, ignoring case and a leading `@`.
public struct ActorDirectory: Sendable {
    private var byHandle: [String: Person] = [:]
    private var byFirstName: [String: Person] = [:]

    public init(people: [Person]) {
        for person in people {
            for handle in [person.id, person.name] + person.aliases {
                let key = Self.normalize(handle)
                if !key.isEmpty, byHandle[key] == nil { byHandle[key] = person }
            }
            if let first = person.name.split(separator: " ").first {
                let key = Self.normalize(String(first))
                // A first name shared by two people names neither.
                byFirstName[key] = byFirstName[key] == nil ? person : Person(id: "", name: "")
            }
        }
    }

    /// The person behind an author id or name, when the incident file lists them.
    public func person(id: String?, name: String? = nil) -> Person? {
        for handle in [id, name].compactMap({ $0 }) {
            if let person = byHandle[Self.normalize(handle)] { return person }
        }
        return nil
    }

    /// The name to show for a message's author: the incident file's name, else the export's.
    public func name(of author: Message.Author) -> String {
        if let person = person(id: author.id, name: author.name) { return person.name }
        return author.name.isEmpty ? author.id : author.name
    }

    /// The name to show for an alert actor ("Ana Lima", a service, or the tool).
    public func name(ofActor actor: String?) -> String? {
        guard let actor else { return nil }
        return person(id: actor)?.name ?? actor
    }

    /// A person named by a word in a message ("ben" in "handing IC to @ben"): handle, alias or first name.
    public func resolve(word: String) -> Person? {
        let key = Self.normalize(word)
        if let person = byHandle[key] { return person }
        if let person = byFirstName[key], !person.name.isEmpty { return person }
        return nil
    }

    static func normalize(_ handle: String) -> String {
        var text = handle.lowercased()
        while text.hasPrefix("@") { text.removeFirst() }
        return WhitespaceTrim.trimmed(text)
    }
}
