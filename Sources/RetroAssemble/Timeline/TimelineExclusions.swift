import Foundation
import RetroModel

/// Drops the derived events the incident file's `exclude:` names: by the record an event came from,
/// or by a piece of its text (ignoring case). Hand-written events are never dropped.
enum TimelineExclusions {
    /// The events kept, and how many were dropped (the timeline report states the count).
    static func apply(_ exclusions: [TimelineExclusion], to derived: [TimelineEvent]) -> (kept: [TimelineEvent], excluded: Int) {
        guard !exclusions.isEmpty else { return (derived, 0) }
        let references = exclusions.compactMap(\.source)
        let texts = exclusions.compactMap { $0.text?.lowercased() }.filter { !$0.isEmpty }
        let kept = derived.filter { event in
            if event.sources.contains(where: { source in references.contains { $0.names(source) } }) { return false }
            if !texts.isEmpty {
                let lowered = event.text.lowercased()
                if texts.contains(where: lowered.contains) { return false }
            }
            return true
        }
        return (kept, derived.count - kept.count)
    }
}
