import Foundation
import RetroIngest
import RetroModel

/// The YAML text of a new incident file: what the sources tell, and prompts for the rest.
struct IncidentScaffold {
    let incident: Incident
    let derived: DerivedTimeline
    let messages: [Message]
    let alerts: [AlertEvent]
    let sources: [(path: String, result: IngestResult)]
    let assumedZone: Bool

    func yaml() -> String {
        var out = ["# Scaffolded by 'retro init'. Fill in the TODO prompts; 'retro validate' checks the file.", "schema: retro/v1"]
        out.append("id: \(q(incident.id))")
        out.append("title: \(q(incident.title))")
        out.append("severity: SEV3   # TODO: SEV0 (most severe) to SEV4, or P0 to P4")
        out.append("status: draft")
        let services = Set(alerts.compactMap(\.service)).sorted()
        if !services.isEmpty { out.append("services: [\(services.map(q).joined(separator: ", "))]") }
        out.append("timezone: \(q(incident.timezone ?? "UTC"))")
        out.append("")
        out.append("window:   # derived from the sources; correct any that are wrong")
        for m in derived.milestones {
            if let at = m.at { out.append("  \(m.name): \(Timestamp.iso(at))   # \(oneLine(m.basis))") } else { out.append("  # \(m.name): TODO (\(oneLine(m.basis)))") }
        }
        out.append("")
        out.append("impact:")
        out.append("  summary: \(q("TODO: who could not do what, and for how long"))")
        out.append("  # customer_statement: If you used X to do Y, you could not … (the summary adds the times and duration)")
        out.append("  # data_loss: false        # only once confirmed")
        out.append("  # data_exposure: false    # only once confirmed")
        out.append("")
        out += people()
        out += sourceLines()
        out += timeline()
        out.append("")
        out.append("# contributing_factors:   # several, across technical, process, people and organizational lines")
        out.append("#   - {id: CF1, category: technical, title: TODO, whys: [Why …?, Why …?]}")
        out.append("# went_well: [TODO]")
        out.append("# technical_analysis: |   # how it should work, how it usually works, what happened, what changes next")
        out.append("# monitoring_gaps: [TODO: metrics that would have shown the problem sooner]")
        out.append("# follow_ups:")
        out.append("#   - {id: FU1, title: TODO, owner: a team or role, due: YYYY-MM-DD, addresses: [CF1], rationale: TODO, expected_impact: TODO}")
        out.append("# narrative: |   # optional: the story for later readers, no new facts")
        return out.joined(separator: "\n") + "\n"
    }

    private func people() -> [String] {
        var seen: [String: String] = [:]
        for m in messages where !m.bot && m.kind == .message { seen[m.author.id] = seen[m.author.id] ?? m.author.name }
        guard !seen.isEmpty else { return [] }
        var lines = ["people:   # chat participants; add roles and teams"]
        for (id, name) in seen.sorted(by: { $0.value < $1.value }) {
            let roles = Array(Set(derived.roles.filter { $0.person == name || $0.person == id }.map(\.role))).sorted()
            lines.append("  - {id: \(q(id)), name: \(q(name))\(roles.isEmpty ? "" : ", roles: [\(roles.map(q).joined(separator: ", "))]")}")
        }
        lines.append("")
        return lines
    }

    private func sourceLines() -> [String] {
        var lines = ["sources:"]
        for (key, kind) in [("chat", SourceKind.chat), ("alerts", .alerts), ("monitoring", .metrics)] {
            let matching = sources.filter { $0.result.kind == kind }
            guard !matching.isEmpty else { continue }
            lines.append("  \(key):")
            for s in matching {
                let tz = assumedZone || incident.timezone != nil ? ", tz: \(q(incident.timezone ?? "UTC"))" : ""
                let title = kind == .metrics ? ", title: \(q("TODO: what this series measures"))" : ""
                lines.append("    - {path: \(q(s.path)), format: \(q(s.result.format))\(kind == .chat || kind == .alerts ? tz : "")\(title)}")
            }
        }
        lines.append("")
        return lines
    }

    /// The turning points a reviewer keeps, not every step: the first detection, each decision,
    /// handover and breakthrough, the first mitigation and the last resolution. Only the breakthrough,
    /// the first mitigation and the resolution are `key` (bold), so bold still means something. Each
    /// names its record in `source`, so editing its kind or text replaces the derived event.
    static func kept(_ events: [TimelineEvent]) -> [(event: TimelineEvent, key: Bool)] {
        let firstDetection = events.firstIndex { $0.kind == .detection }
        let firstMitigation = events.firstIndex { $0.kind == .mitigation }
        let lastResolution = events.lastIndex { $0.kind == .resolution }
        return events.indices.compactMap { i in
            switch events[i].kind {
            case .decision, .handover: return (events[i], false)
            case .breakthrough: return (events[i], true)
            case .detection where i == firstDetection: return (events[i], false)
            case .mitigation where i == firstMitigation: return (events[i], true)
            case .resolution where i == lastResolution: return (events[i], true)
            default: return nil
            }
        }
    }

    /// `chat/history.json#12`: the record's file by its last two path parts, which the build finds
    /// whether it shows the path inside the export or beside the incident file.
    static func reference(_ source: SourceRef) -> String {
        let file = source.file.split(separator: "/").suffix(2).joined(separator: "/")
        if let index = source.index { return "\(file)#\(index)" }
        if let line = source.line { return "\(file):\(line)" }
        return file
    }

    private func timeline() -> [String] {
        let kept = Self.kept(derived.events).prefix(40)
        guard !kept.isEmpty else { return ["# timeline: []   # TODO: key events, if the sources did not show them"] }
        var lines = ["timeline:   # turning points found in the sources; change a kind or text to correct it, the derived one gives way"]
        for (e, key) in kept {
            let actor = e.actor.map { ", actor: \(q($0))" } ?? ""
            let source = e.sources.first.map { ", source: \(q(Self.reference($0)))" } ?? ""
            lines.append("  - {at: \(Timestamp.iso(e.at)), kind: \(e.kind.rawValue), text: \(q(oneLine(e.text)))\(actor)\(key ? ", key: true" : "")\(source)}")
        }
        lines.append("# exclude:   # derived events to drop, by record or by words in their text")
        lines.append("#   - {source: \(q(kept.first.flatMap { $0.event.sources.first }.map(Self.reference) ?? "chat/FILE#INDEX"))}")
        lines.append("#   - {text: \(q("coffee"))}")
        return lines
    }

    private func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 200 ? String(flat.prefix(199)) + "…" : flat
    }

    /// A YAML double-quoted scalar.
    private func q(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
