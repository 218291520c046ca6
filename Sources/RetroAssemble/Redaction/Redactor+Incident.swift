import RetroModel

extension Redactor {
    /// The incident with every free-text field scrubbed and every person renamed.
    public func redact(_ incident: Incident) -> Incident {
        guard level != .none else { return incident }
        var result = incident
        let s: (String) -> String = { self.scrub($0) }
        result.title = s(incident.title)
        result.impact.summary = incident.impact.summary.map(s)
        result.impact.customerStatement = incident.impact.customerStatement.map(s)
        result.impact.reassurances = incident.impact.reassurances.map(s)
        result.impact.business = incident.impact.business.map(s)
        result.people = incident.people.map { original in
            var person = original
            person.team = original.team.map(s)
            guard level.replacesNames else { return person }
            // The id becomes the label too, so chat authors (renamed the same way) still map to the person.
            person.name = pseudonyms.label(for: original.id) ?? "a responder"
            person.id = person.name
            person.aliases = []
            return person
        }
        result.timeline = incident.timeline.map(redact)
        result.contributingFactors = incident.contributingFactors.map { original in
            var factor = original
            factor.title = s(original.title)
            factor.description = original.description.map(s)
            factor.whys = original.whys.map(s)
            factor.evidence = original.evidence.map(s)
            return factor
        }
        result.wentWell = incident.wentWell.map(s)
        result.technicalAnalysis = incident.technicalAnalysis.map(s)
        result.monitoringGaps = incident.monitoringGaps.map(s)
        result.followUps = incident.followUps.map { original in
            var item = original
            item.title = s(original.title)
            item.owner = original.owner.map(s)
            // A tracker link is kept whole or dropped: half a URL helps no one.
            item.tracker = original.tracker.flatMap { s($0) == $0 ? $0 : nil }
            item.rationale = original.rationale.map(s)
            item.expectedImpact = original.expectedImpact.map(s)
            item.publicText = original.publicText.map(s)
            return item
        }
        result.narrative = incident.narrative.map(s)
        result.asks = incident.asks.map(s)
        result.support = incident.support.map(s)
        result.sources.monitoring = incident.sources.monitoring.map { original in
            var source = original
            source.title = original.title.map(s)
            return source
        }
        return result
    }

    /// A timeline event with its text scrubbed and its actor renamed.
    public func redact(_ event: TimelineEvent) -> TimelineEvent {
        var result = event
        result.text = scrub(event.text)
        result.actor = event.actor.map(person)
        result.sources = event.sources.map(redact)
        return result
    }
}
