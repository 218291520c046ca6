import Foundation
import RetroModel

/// Removes people's names, personal data, secrets and internal hosts from an incident and its
/// inputs before assembly, so every section of the document agrees on who is who.
///
/// Names become the person's incident role or a stable pseudonym (`PseudonymTable`); personal
/// data, secrets and (at `.all`) internal hosts, internal links and chat permalinks become a
/// bracketed placeholder such as `[email removed]`.
public struct Redactor: Sendable {
    public let level: RedactionLevel
    public let pseudonyms: PseudonymTable
    let scanner: SensitiveScanner
    let kinds: Set<SensitiveKind>

    public init(level: RedactionLevel, incident: Incident, inputs: AssemblyInputs = AssemblyInputs()) {
        self.level = level
        pseudonyms = PseudonymTable(incident: incident, inputs: inputs)
        let people = level.replacesNames ? pseudonyms.names : []
        var vocabulary = SensitiveVocabulary(incident: incident)
        vocabulary.people = people
        scanner = SensitiveScanner(vocabulary: vocabulary)
        kinds = level.removedKinds.union(level.replacesNames ? [.person, .handle] : [])
    }

    /// Redacts `incident` and `inputs` in one go.
    public static func redact(_ incident: Incident, inputs: AssemblyInputs, level: RedactionLevel) -> (incident: Incident, inputs: AssemblyInputs) {
        guard level != .none else { return (incident, inputs) }
        let redactor = Redactor(level: level, incident: incident, inputs: inputs)
        return (redactor.redact(incident), redactor.redact(inputs))
    }

    /// `text` with every sensitive span of this level replaced: usable on any text, including
    /// rendered Markdown or HTML as a last safety pass.
    public func scrub(_ text: String) -> String {
        guard !kinds.isEmpty else { return text }
        return SensitiveScanner.replace(scanner.scan(text, kinds: kinds), in: text) { span, before in placeholder(for: span, after: before) }
    }

    /// `scrub` for Markdown: escaped text (`https\://…`, `\<@U123\>`) is found too, and each
    /// replacement is escaped so it stays plain text. Use it as a last pass over rendered Markdown.
    public func scrubMarkdown(_ markdown: String, alsoRemoving extra: Set<SensitiveKind> = []) -> String {
        let wanted = kinds.union(extra)
        guard !wanted.isEmpty else { return markdown }
        return SensitiveScanner.replace(scanner.scanMarkdown(markdown, kinds: wanted), in: markdown) { span, before in
            placeholder(for: span, after: before).replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        }
    }

    /// The span's replacement, capitalised when it starts a sentence.
    private func placeholder(for span: SensitiveSpan, after before: String) -> String {
        let replacement = self.replacement(for: span)
        return Self.startsSentence(in: before) ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
    }

    /// `scrub`, also removing spans of `extra` kinds (a customer document may add `.ticketKey`
    /// and `.internalTerm`, which no level removes from an internal document).
    public func scrub(_ text: String, alsoRemoving extra: Set<SensitiveKind>) -> String {
        Redactor(copying: self, kinds: kinds.union(extra)).scrub(text)
    }

    init(copying other: Redactor, kinds: Set<SensitiveKind>, scanner: SensitiveScanner? = nil) {
        level = other.level
        pseudonyms = other.pseudonyms
        self.scanner = scanner ?? other.scanner
        self.kinds = kinds
    }

    /// What a person's name, id or handle becomes; other values are scrubbed as text.
    public func person(_ name: String) -> String {
        guard level.replacesNames else { return scrub(name) }
        return pseudonyms.label(for: name) ?? scrub(name)
    }

    func replacement(for span: SensitiveSpan) -> String {
        switch span.kind {
        case .person: return pseudonyms.label(for: span.text) ?? "a responder"
        case .handle: return pseudonyms.label(for: PseudonymTable.handleKey(span.text)) ?? "a responder"
        default: return span.kind.placeholder
        }
    }

    /// True at the start of the text or right after a sentence ends.
    static func startsSentence(in before: String) -> Bool {
        let trimmed = before.reversed().drop { $0 == " " || $0 == "*" || $0 == "_" }
        guard let last = trimmed.first else { return true }
        return last == "." || last == "!" || last == "?" || last == "\n" || last == "|"
    }
}
