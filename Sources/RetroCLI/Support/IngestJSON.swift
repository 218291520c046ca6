import RetroIngest
import RetroModel

/// The stable JSON shapes of `retro inspect --json` (docs/output-formats.md).
enum IngestJSON {
    static func result(_ result: IngestResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("format", .string(result.format)), ("kind", .string(result.kind.rawValue))]
        switch result.kind {
        case .chat: pairs.append(("messages", .array(result.messages.map(message))))
        case .metrics:
            pairs.append(("series", .array(result.series.map(series))))
            if !result.annotations.isEmpty { pairs.append(("annotations", .array(result.annotations.map(annotation)))) }
        case .alerts: pairs.append(("events", .array(result.events.map(alert))))
        }
        if !result.skipped.isEmpty {
            pairs.append(("skipped", .array(result.skipped.map { .object([("at", .string($0.location.description)), ("reason", .string($0.reason))]) })))
        }
        if !result.notes.isEmpty { pairs.append(("notes", .array(result.notes.map(JSONValue.string)))) }
        return .object(pairs)
    }

    static func message(_ m: Message) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(m.id)), ("at", .string(Timestamp.iso(m.at))),
            ("author", .object([("id", .string(m.author.id)), ("name", .string(m.author.name))])),
            ("text", .string(m.text)), ("thread", .optional(m.thread)), ("edited", .bool(m.edited)),
            ("deleted", .bool(m.deleted)), ("bot", .bool(m.bot)), ("channel", .optional(m.channel)),
        ]
        if m.kind != .message { pairs.append(("type", .string(m.kind.rawValue))) }
        if !m.reactions.isEmpty { pairs.append(("reactions", .array(m.reactions.map(JSONValue.string)))) }
        if m.pinned { pairs.append(("pinned", .bool(true))) }
        if !m.files.isEmpty { pairs.append(("files", .array(m.files.map(JSONValue.string)))) }
        pairs.append(("source", source(m.source)))
        return .object(pairs)
    }

    static func series(_ s: MetricSeries) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("name", .string(s.name)),
            ("labels", .object(s.labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ]
        if let unit = s.unit { pairs.append(("unit", .string(unit))) }
        pairs.append(("points", .array(s.points.map { .array([.int(Int($0.t)), .double($0.v)]) })))
        pairs.append(("source", source(s.source)))
        return .object(pairs)
    }

    static func alert(_ e: AlertEvent) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("at", .string(Timestamp.iso(e.at))), ("kind", .string(e.kind.rawValue)), ("summary", .string(e.summary)),
            ("actor", .optional(e.actor)),
        ]
        if let key = e.alertKey { pairs.append(("alert", .string(key))) }
        if let service = e.service { pairs.append(("service", .string(service))) }
        pairs.append(("source", source(e.source)))
        return .object(pairs)
    }

    static func annotation(_ e: TimelineEvent) -> JSONValue {
        .object([("at", .string(Timestamp.iso(e.at))), ("kind", .string(e.kind.rawValue)), ("text", .string(e.text)), ("sources", .array(e.sources.map(source)))])
    }

    static func source(_ s: SourceRef) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("file", .string(s.file))]
        if let index = s.index { pairs.append(("index", .int(index))) }
        if let line = s.line { pairs.append(("line", .int(line))) }
        if let url = s.url { pairs.append(("url", .string(url))) }
        return .object(pairs)
    }
}
