import Foundation
import RetroModel

/// The `retro/v1` schema, key by key. Key names here are the documented contract.
extension IncidentDecoder {
    static let topKeys = [
        "schema", "id", "title", "severity", "severity_scale", "status", "services", "timezone", "window", "impact",
        "people", "sources", "timeline", "exclude", "vocabulary", "contributing_factors", "went_well", "technical_analysis", "monitoring_gaps",
        "follow_ups", "narrative", "asks", "support", "internal",
    ]

    /// The keys of one `timeline` event and of one `exclude` entry.
    static let eventKeys = ["at", "kind", "text", "actor", "key", "source"]
    static let exclusionKeys = ["source", "text"]

    /// Severities accepted when the file sets no `severity_scale`.
    static let defaultSeverityScale = ["SEV0", "SEV1", "SEV2", "SEV3", "SEV4", "P0", "P1", "P2", "P3", "P4"]

    mutating func decodeIncident(_ root: DocumentNode) -> Incident? {
        guard let f = fields(root, known: Self.topKeys, required: ["schema", "id", "title", "severity"], what: "the incident file") else { return nil }
        if let schemaNode = f["schema"], let schema = string(schemaNode), schema != "retro/v1" {
            problem(schemaNode, "The schema '\(schema)' is not one this version of retro reads.", hint: "use 'schema: retro/v1'")
        }
        if let tzNode = f["timezone"], let name = string(tzNode) {
            if let tz = TimeZone(identifier: name) {
                zone = tz
            } else {
                problem(tzNode, "'\(name)' is not a time zone retro knows.", hint: "use an IANA name such as 'Europe/Berlin' or 'UTC'")
            }
        }
        var incident = Incident(id: text(f["id"]) ?? "", title: text(f["title"]) ?? "", severity: "")
        incident.timezone = zone == nil ? nil : string(f["timezone"])
        let scale = f["severity_scale"].map { strings($0) } ?? Self.defaultSeverityScale
        if let severityNode = f["severity"], let severity = text(severityNode) {
            let match = scale.first { $0.caseInsensitiveCompare(severity) == .orderedSame }
            if let match {
                incident.severity = match
            } else {
                let hint = Suggest.closest(to: severity, in: scale).map { "did you mean '\($0)'?" } ?? "use one of: \(scale.joined(separator: ", ")), or set 'severity_scale'"
                problem(severityNode, "'\(severity)' is not on the severity scale.", hint: hint)
            }
        }
        incident.status = choice(f["status"], Incident.Status.self, what: "status") ?? .draft
        incident.services = strings(f["services"])
        if let node = f["window"] { incident.window = decodeWindow(node) }
        if let node = f["impact"] { incident.impact = decodeImpact(node) }
        incident.people = list(f["people"], what: "people").compactMap { decodePerson($0) }
        if let node = f["sources"] { incident.sources = decodeSources(node) }
        incident.timeline = list(f["timeline"], what: "timeline").compactMap { decodeEvent($0) }
        incident.exclusions = list(f["exclude"], what: "exclude").compactMap { decodeExclusion($0) }
        incident.vocabulary = text(f["vocabulary"])
        incident.contributingFactors = list(f["contributing_factors"], what: "contributing_factors").compactMap { decodeFactor($0) }
        incident.wentWell = strings(f["went_well"])
        incident.technicalAnalysis = text(f["technical_analysis"])
        incident.monitoringGaps = strings(f["monitoring_gaps"])
        incident.followUps = list(f["follow_ups"], what: "follow_ups").compactMap { decodeFollowUp($0) }
        incident.narrative = text(f["narrative"])
        incident.asks = strings(f["asks"])
        incident.support = text(f["support"])
        if let node = f["internal"] { incident.internalNames = decodeInternal(node) }
        return incident
    }

    mutating func decodeInternal(_ node: DocumentNode) -> InternalNames {
        guard let f = fields(node, known: ["domains", "hosts", "names"], what: "the internal names") else { return InternalNames() }
        if let hostsNode = f["hosts"] {
            for host in strings(hostsNode) where host.allSatisfy({ $0 == "*" || $0 == "." }) {
                problem(hostsNode, "The host pattern '\(host)' would match every host.", hint: "name a part of the host, such as 'db-*' or '*.svc.cluster.local'")
            }
        }
        return InternalNames(domains: strings(f["domains"]), hosts: strings(f["hosts"]), names: strings(f["names"]))
    }

    static let milestoneKeys = ["started", "detected", "acknowledged", "mitigated", "resolved"]

    /// Each milestone is a time, or `{at: TIME, source: TEXT}` saying what the time rests on.
    mutating func decodeWindow(_ node: DocumentNode) -> IncidentWindow {
        guard let f = fields(node, known: Self.milestoneKeys + ["notes"], what: "the window") else { return IncidentWindow() }
        var window = IncidentWindow()
        var sources: [String: String] = [:]
        func milestone(_ name: String) -> Date? {
            guard let value = f[name] else { return nil }
            guard case .mapping = value.value else { return date(value) }
            guard let g = fields(value, known: ["at", "source"], required: ["at"], what: "the window's '\(name)'") else { return nil }
            sources[name] = text(g["source"])
            return date(g["at"])
        }
        window.started = milestone("started")
        window.detected = milestone("detected")
        window.acknowledged = milestone("acknowledged")
        window.mitigated = milestone("mitigated")
        window.resolved = milestone("resolved")
        window.sources = sources
        window.notes = text(f["notes"])
        return window
    }

    mutating func decodeImpact(_ node: DocumentNode) -> Impact {
        let keys = ["summary", "customer_statement", "data_loss", "data_exposure", "reassurances", "business"]
        var impact = Impact()
        guard let f = fields(node, known: keys, what: "the impact") else { return impact }
        impact.summary = text(f["summary"])
        impact.customerStatement = text(f["customer_statement"])
        impact.dataLoss = bool(f["data_loss"])
        impact.dataExposure = bool(f["data_exposure"])
        impact.reassurances = strings(f["reassurances"])
        impact.business = text(f["business"])
        return impact
    }

    mutating func decodePerson(_ node: DocumentNode) -> Person? {
        guard let f = fields(node, known: ["id", "name", "roles", "team", "aliases"], required: ["id", "name"], what: "a person") else { return nil }
        guard let id = text(f["id"]), let name = text(f["name"]) else { return nil }
        var person = Person(id: id, name: name)
        person.roles = strings(f["roles"])
        person.team = text(f["team"])
        person.aliases = strings(f["aliases"])
        return person
    }

    mutating func decodeSources(_ node: DocumentNode) -> Sources {
        var sources = Sources()
        guard let f = fields(node, known: ["chat", "monitoring", "alerts"], what: "sources") else { return sources }
        sources.chat = list(f["chat"], what: "chat sources").compactMap { decodeSource($0, what: "a chat source", extra: ["channel", "workspace_url", "date"]) }
        sources.alerts = list(f["alerts"], what: "alert sources").compactMap { decodeSource($0, what: "an alert source", extra: []) }
        sources.monitoring = list(f["monitoring"], what: "monitoring sources").compactMap { decodeMonitoring($0) }
        return sources
    }

    mutating func decodeSource(_ node: DocumentNode, what: String, extra: [String]) -> Source? {
        guard let f = fields(node, known: ["path", "format", "tz"] + extra, required: ["path"], what: what), let path = text(f["path"]) else { return nil }
        var source = Source(path: path)
        source.format = text(f["format"])
        source.channel = text(f["channel"])
        source.tz = zoneName(f["tz"])
        source.workspaceURL = text(f["workspace_url"])
        source.date = logDate(f["date"])
        return source
    }

    /// A chat source's `date`: a real calendar day, as `--date` takes it.
    mutating func logDate(_ node: DocumentNode?) -> String? {
        guard let node, let value = calendarDate(node) else { return nil }
        guard (try? IngestOptions(date: value).logDay()) != nil else {
            problem(node, "'\(value)' is not a day of the calendar.", hint: "write a real day as YYYY-MM-DD, such as '2026-04-15'")
            return nil
        }
        return value
    }

    mutating func zoneName(_ node: DocumentNode?) -> String? {
        guard let node, let name = text(node) else { return nil }
        guard TimeZone(identifier: name) != nil else {
            problem(node, "'\(name)' is not a time zone retro knows.", hint: "use an IANA name such as 'Europe/Berlin' or 'UTC'")
            return nil
        }
        return name
    }

    mutating func decodeMonitoring(_ node: DocumentNode) -> MonitoringSource? {
        let keys = ["path", "format", "title", "unit", "tz", "slo", "baseline", "series"]
        guard let f = fields(node, known: keys, required: ["path"], what: "a monitoring source"), let path = text(f["path"]) else { return nil }
        var source = MonitoringSource(path: path)
        source.format = text(f["format"])
        source.title = text(f["title"])
        source.unit = text(f["unit"])
        source.tz = zoneName(f["tz"])
        if let sloNode = f["slo"] { source.slo = decodeSLO(sloNode) }
        if let baselineNode = f["baseline"], let b = fields(baselineNode, known: ["started", "ended"], required: ["started", "ended"], what: "a baseline") {
            if let start = date(b["started"]), let end = date(b["ended"]) {
                if end > start { source.baseline = DateInterval(start: start, end: end) } else { problem(baselineNode, "The baseline ends before it starts.") }
            }
        }
        if let seriesNode = f["series"] {
            if case .sequence(let items) = seriesNode.value {
                source.series = items.compactMap { decodeSeriesSettings($0) }
            } else {
                problem(seriesNode, "Expected 'series' as a list of series settings, found \(seriesNode.kindName).")
            }
        }
        return source
    }

    mutating func decodeSLO(_ node: DocumentNode) -> SLO? {
        guard let s = fields(node, known: ["objective", "threshold", "direction", "period_days"], required: ["objective", "threshold"], what: "an SLO"),
            let objective = number(s["objective"]), let threshold = number(s["threshold"])
        else { return nil }
        if !(objective > 0 && objective < 1), let objectiveNode = s["objective"] {
            problem(objectiveNode, "The objective \(objective) is not a share between 0 and 1.", hint: "write 99.9% as 0.999")
        }
        var slo = SLO(objective: objective, threshold: threshold)
        slo.direction = choice(s["direction"], SLO.Direction.self, what: "direction") ?? .above
        if let node = s["period_days"], let days = number(node) {
            // The budget is (1 − objective) × days; a window of seconds or of centuries is a typo.
            if days >= SLO.periodDaysRange.lowerBound, days <= SLO.periodDaysRange.upperBound {
                slo.periodDays = days
            } else {
                problem(node, "The SLO period of \(days) days is not between 1 and 3660 days.", hint: "write the SLO's window in days, for example 28 or 30")
            }
        }
        return slo
    }

    /// `{name, labels, title, unit, slo}`; `slo: none` keeps the source's SLO off the series.
    mutating func decodeSeriesSettings(_ node: DocumentNode) -> SeriesSettings? {
        guard let f = fields(node, known: ["name", "labels", "title", "unit", "slo"], what: "a series' settings") else { return nil }
        var settings = SeriesSettings()
        settings.name = text(f["name"])
        if let labelsNode = f["labels"], case .mapping(let pairs) = labelsNode.value {
            for pair in pairs {
                if let value = text(pair.value) { settings.labels[pair.key] = value }
            }
        } else if let labelsNode = f["labels"] {
            problem(labelsNode, "Expected 'labels' as a mapping of label names to values, found \(labelsNode.kindName).")
        }
        if settings.name == nil && settings.labels.isEmpty {
            problem(node, "The series settings match no series in particular.", hint: "give the metric 'name', some 'labels', or both")
        }
        settings.title = text(f["title"])
        settings.unit = text(f["unit"])
        if let sloNode = f["slo"] {
            if case .scalar("none", _) = sloNode.value { settings.noSLO = true } else { settings.slo = decodeSLO(sloNode) }
        }
        return settings
    }

    mutating func decodeEvent(_ node: DocumentNode) -> TimelineEvent? {
        guard let f = fields(node, known: Self.eventKeys, required: ["at", "text"], what: "a timeline event") else { return nil }
        guard let at = date(f["at"]), let text = text(f["text"]) else { return nil }
        let kind = choice(f["kind"], TimelineEvent.Kind.self, what: "timeline event kind") ?? .note
        var event = TimelineEvent(at: at, kind: kind, text: text, actor: self.text(f["actor"]), key: bool(f["key"]) ?? false, origin: .incidentFile)
        if let reference = reference(f["source"]) { event.sources = [reference] }
        return event
    }

    /// `source: chat/history.json#12` (or `file:line`): the record a hand-written event replaces.
    mutating func reference(_ node: DocumentNode?) -> SourceRef? {
        guard let node, let written = text(node) else { return nil }
        guard let reference = SourceRef(reference: written) else {
            problem(node, "'\(written)' is not a source reference.", hint: "write 'file#index' or 'file:line' as 'retro timeline --json' shows them")
            return nil
        }
        return reference
    }

    /// `exclude:` entries, each with exactly one of `source` and `text`.
    mutating func decodeExclusion(_ node: DocumentNode) -> TimelineExclusion? {
        guard let f = fields(node, known: Self.exclusionKeys, what: "an exclusion") else { return nil }
        guard (f["source"] == nil) != (f["text"] == nil) else {
            problem(node, "An exclusion needs exactly one of 'source' and 'text'.", hint: "write '- source: chat/history.json#12' or '- text: coffee'")
            return nil
        }
        let exclusion = TimelineExclusion(source: reference(f["source"]), text: text(f["text"]))
        // A bad value was reported where it was read.
        return exclusion.source == nil && exclusion.text == nil ? nil : exclusion
    }

    mutating func decodeFactor(_ node: DocumentNode) -> ContributingFactor? {
        let keys = ["id", "category", "title", "description", "whys", "evidence", "accepted", "accepted_reason"]
        guard let f = fields(node, known: keys, required: ["id", "category", "title"], what: "a contributing factor") else { return nil }
        guard let id = text(f["id"]), let category = choice(f["category"], ContributingFactor.Category.self, what: "factor category"),
              let title = text(f["title"]) else { return nil }
        var factor = ContributingFactor(id: id, category: category, title: title)
        factor.description = text(f["description"])
        factor.whys = strings(f["whys"])
        factor.evidence = strings(f["evidence"])
        factor.accepted = bool(f["accepted"]) ?? false
        factor.acceptedReason = text(f["accepted_reason"])
        return factor
    }

    mutating func decodeFollowUp(_ node: DocumentNode) -> FollowUp? {
        let keys = ["id", "title", "owner", "due", "status", "tracker", "addresses", "rationale", "expected_impact", "public", "public_text"]
        guard let f = fields(node, known: keys, required: ["id", "title"], what: "a follow-up") else { return nil }
        guard let id = text(f["id"]), let title = text(f["title"]) else { return nil }
        var item = FollowUp(id: id, title: title)
        item.owner = text(f["owner"])
        item.due = calendarDate(f["due"])
        item.status = choice(f["status"], FollowUp.Status.self, what: "follow-up status") ?? .open
        if let trackerNode = f["tracker"], let tracker = text(trackerNode) {
            if tracker.hasPrefix("https://") || tracker.hasPrefix("http://") { item.tracker = tracker } else {
                problem(trackerNode, "The tracker link '\(tracker)' is not an http(s) URL.", hint: "write the full link, such as 'https://tracker.example.com/PAY-1234'")
            }
        }
        item.addresses = strings(f["addresses"])
        item.rationale = text(f["rationale"])
        item.expectedImpact = text(f["expected_impact"])
        item.isPublic = bool(f["public"]) ?? false
        item.publicText = text(f["public_text"])
        return item
    }
}
