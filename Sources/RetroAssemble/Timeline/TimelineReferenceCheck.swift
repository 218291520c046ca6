import Foundation
import RetroModel

/// Finds the incident file's `exclude:` entries and hand-written `source` overrides that name no
/// derived event, and says what each was compared with, so that a typo in a reference does not
/// silently leave the timeline as it was.
enum TimelineReferenceCheck {
    /// `derived` are the derived events before `exclude:` applies, `kept` after it; `records` every
    /// record the sources hold (messages, alerts, annotations), for saying why a reference missed.
    static func unmatched(
        incident: Incident, derived: [TimelineEvent], kept: [TimelineEvent], chatter: [Message], records: () -> [SourceRef]
    ) -> [UnmatchedReference] {
        let overrides = incident.timeline.indices.filter { !incident.timeline[$0].sources.isEmpty }
        guard !incident.exclusions.isEmpty || !overrides.isEmpty else { return [] }
        var found: [UnmatchedReference] = []
        var known: [SourceRef]?
        func why(_ reference: SourceRef) -> String {
            if known == nil { known = records() }
            return describe(reference, records: known ?? [])
        }
        for (i, exclusion) in incident.exclusions.enumerated() {
            if let reference = exclusion.source, !derived.contains(where: { $0.sources.contains(where: reference.names) }) {
                found.append(UnmatchedReference(entry: .exclusion(i), tried: why(reference)))
            }
            if let text = exclusion.text?.lowercased(), !text.isEmpty, !derived.contains(where: { $0.text.lowercased().contains(text) }) {
                var tried = "no derived event's text holds it (compared, ignoring case, with the text of \(derived.count) derived events)"
                let chat = chatter.filter { $0.text.lowercased().contains(text) }.count
                if chat > 0 { tried += "; \(chat) chat message(s) kept as chatter hold it, and chatter is not in the timeline" }
                found.append(UnmatchedReference(entry: .exclusion(i), tried: tried))
            }
        }
        for i in overrides {
            for reference in incident.timeline[i].sources where !kept.contains(where: { $0.sources.contains(where: reference.names) }) {
                let dropped = derived.contains { $0.sources.contains(where: reference.names) }
                let tried = dropped ? "the derived event from that record is dropped by an 'exclude:' entry" : why(reference)
                found.append(UnmatchedReference(entry: .override(i), tried: tried))
            }
        }
        return found
    }

    /// Why `reference` names no derived event: no such file, no such record in it, or a record
    /// that is not a timeline event.
    static func describe(_ reference: SourceRef, records: [SourceRef]) -> String {
        let wanted = reference.file.split(separator: "/").filter { $0 != "." }
        let inFile = records.filter { record in
            let parts = record.file.split(separator: "/").filter { $0 != "." }
            return !wanted.isEmpty && wanted.count <= parts.count && Array(parts.suffix(wanted.count)) == Array(wanted)
        }
        guard !inFile.isEmpty else {
            var files: [String] = []
            for record in records where !files.contains(record.file) { files.append(record.file) }
            let shown = files.prefix(6).map { "'\($0)'" }.joined(separator: ", ") + (files.count > 6 ? " and \(files.count - 6) more" : "")
            return files.isEmpty
                ? "the sources hold no records at all"
                : "no source read for this incident is a file ending in '\(reference.file)' (the records come from \(shown))"
        }
        if reference.names(inFile[0]) || inFile.contains(where: reference.names) {
            return "the record is there, but retro made no timeline event of it (it reads as chatter, a bot or system message, or an alert transition it does not show)"
        }
        let file = inFile[0].file
        if reference.index != nil {
            let indexes = inFile.compactMap(\.index)
            let range = indexes.min().map { "#\($0) to #\(indexes.max() ?? $0)" } ?? "none by index"
            return "'\(file)' has no record #\(reference.index ?? 0) (its records run from \(range))"
        }
        if reference.line != nil {
            let lines = inFile.compactMap(\.line)
            let range = lines.min().map { "line \($0) to line \(lines.max() ?? $0)" } ?? "none by line"
            return "'\(file)' has no record at line \(reference.line ?? 0) (its records run from \(range))"
        }
        return "the reference names the whole file '\(file)'; name one record, as 'retro timeline --json' lists it ('file#index' or 'file:line')"
    }
}
