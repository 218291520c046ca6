import Foundation
import RetroModel

/// Builds the incident timeline from chat messages, alert transitions and monitoring annotations,
/// merged with the incident file's hand-written events. A pure function of its inputs.
///
/// The steps, in order:
/// 1. chat messages are classified with the vocabulary; human messages that match nothing are
///    chatter, bot messages that match nothing are left out (counted), system messages and deleted
///    ones are neither;
/// 2. alert transitions become events (`AlertTimelineMapping`), annotations are kept as monitoring events;
/// 3. the incident file's `exclude:` entries drop derived events (`TimelineExclusions`); hand-written
///    events replace the derived one at their `source`, or one of the same kind nearby (`TimelineMerge`);
///    entries and `source`s that name no derived event are reported (`TimelineReferenceCheck`);
/// 4. missing window milestones are derived from the merged events (`WindowDerivation`);
/// 5. roles are followed through the chat, and communication signals drawn from the messages and events.
public struct TimelineExtractor: Sendable {
    public var vocabulary: TimelineVocabulary
    public var settings: TimelineSettings

    public init(vocabulary: TimelineVocabulary = .default, settings: TimelineSettings = TimelineSettings()) {
        self.vocabulary = vocabulary
        self.settings = settings
    }

    public func derive(
        incident: Incident, messages: [Message], alerts: [AlertEvent], annotations: [TimelineEvent] = [],
        monitoring: [AssemblyInputs.Monitoring] = []
    ) -> DerivedTimeline {
        let directory = ActorDirectory(people: incident.people)
        let classifier = MessageClassifier(vocabulary: vocabulary)
        var items = classify(messages, classifier: classifier, directory: directory)
        ConversationRefinement.refine(&items, directory: directory, people: incident.people)

        let reverted = RevertedSteps.find(items)
        var chatter: [Message] = []
        var chatEvents: [TimelineEvent] = []
        var ignoredBotMessages = 0
        // By index, reading fields in place: copying 100k items costs more than the loop's work.
        for index in items.indices {
            if let classification = items[index].classification {
                var event = TimelineEvent(
                    at: items[index].message.at, kind: classification.kind,
                    text: TimelineClock.excerpt(items[index].message.text, limit: settings.maximumTextLength),
                    actor: items[index].actor, key: classification.key, origin: .chat, sources: [items[index].message.source])
                event.revertedAt = reverted[index]
                chatEvents.append(event)
            } else if items[index].isHuman {
                chatter.append(items[index].message)
            } else if items[index].message.bot, items[index].message.kind == .message, !items[index].message.deleted {
                ignoredBotMessages += 1
            }
        }

        let flaps = AlertPaging.flappingCloses(alerts)
        var alertEvents = alerts.enumerated().map { index, alert in
            if flaps.contains(index) { return AlertTimelineMapping.flapClose(alert, directory: directory) }
            if alert.kind == .triggered || alert.kind == .resolved, AlertPaging.pagesNobody(alert) {
                return AlertTimelineMapping.warning(alert, directory: directory)
            }
            return AlertTimelineMapping.event(alert, directory: directory)
        }
        let bots = Set(items.indices.filter { items[$0].message.bot }.map { items[$0].message.source })
        chatEvents = AlertEcho.fold(chatEvents, into: &alertEvents, alerts: alerts, bots: bots)
        // A bot's "resolved" that echoes no alert (a ticket's state change) is no milestone: the
        // responders or the alert log declare resolution. It is left out, and counted.
        let echoes = chatEvents.count
        chatEvents.removeAll { event in event.kind == .resolution && event.sources.first.map(bots.contains) == true }
        ignoredBotMessages += echoes - chatEvents.count
        Self.markFix(&chatEvents)
        let monitoringEvents = annotations.map { annotation -> TimelineEvent in
            var event = annotation
            event.origin = .monitoring
            return event
        }
        let handWritten = incident.timeline.map { written -> TimelineEvent in
            var event = written
            event.origin = .incidentFile
            event.actor = written.actor.map { directory.person(id: $0)?.name ?? $0 }
            return event
        }
        let allDerived = alertEvents + monitoringEvents + chatEvents
        let (derived, excluded) = TimelineExclusions.apply(incident.exclusions, to: allDerived)
        let unmatched = TimelineReferenceCheck.unmatched(incident: incident, derived: allDerived, kept: derived, chatter: chatter) {
            messages.map(\.source) + alerts.map(\.source) + annotations.flatMap(\.sources)
        }
        var events = TimelineMerge.merge(handWritten: handWritten, derived: derived, window: settings.mergeWindow)
        let zone = incident.timezone.flatMap(TimeZone.init(identifier:))
        let roles = RoleTracking.track(items, people: incident.people, directory: directory, zone: zone)
        let evidence = WindowEvidence(
            messages: items, alerts: alerts, monitoring: monitoring,
            commanders: Set(roles.assignments.filter { $0.role == "incident_commander" }.map(\.person)))
        let derivation = WindowDerivation.derive(given: incident.window, events: events, evidence: evidence, zone: incident.displayZone)
        let (window, milestones) = (derivation.window, derivation.milestones)
        if let report = derivation.firstReport {
            events.removeAll { $0.origin == .chat && $0.sources == report.sources }
            let position = events.firstIndex { $0.at > report.at } ?? events.endIndex
            events.insert(report, at: position)
        }

        let excerpt = 120
        var signals = roles.signals
        signals += DuplicateWorkSignal.find(items, within: settings.duplicateWindow, limit: excerpt)
        signals += UnansweredQuestionSignal.find(items, within: settings.replyWindow, limit: excerpt, directory: directory, zone: zone)
        signals += BlamefulRemarkSignal.find(items, events: events, subjects: vocabulary.blameSubjects, people: incident.people, zone: zone)
        signals += SilenceSignal.find(messages: items, events: events, window: window, longerThan: settings.silence)
        signals += MonitoringGapSignal.find(messages: items, alerts: alerts, window: window, detectionGap: settings.detectionGap)
        signals = signals.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)

        return DerivedTimeline(
            events: events, chatter: chatter, signals: signals, roles: roles.assignments, window: window, milestones: milestones,
            firstReport: derivation.firstReport?.at, ignoredBotMessages: ignoredBotMessages, excludedEvents: excluded, unmatched: unmatched)
    }

    /// The step that fixed it is key: the last action before the first recovery (or, with none,
    /// before the resolution) that was neither reverted nor an undoing. Other steps are not; bold marks what matters.
    static func markFix(_ events: inout [TimelineEvent]) {
        guard let end = events.firstIndex(where: { $0.kind == .mitigation }) ?? events.firstIndex(where: { $0.kind == .resolution }) else { return }
        // The undoing of a step that did not help is no fix either.
        let undoings = Set(events.compactMap(\.revertedAt))
        if let fix = events[..<end].lastIndex(where: { $0.kind == .action && $0.revertedAt == nil && !undoings.contains($0.at) }) {
            events[fix].key = true
        }
    }

    /// Messages by time (ties in input order), each with its author's name and classification.
    private func classify(_ messages: [Message], classifier: MessageClassifier, directory: ActorDirectory) -> [ClassifiedMessage] {
        // Sorting positions, not messages: a message is a large value to move around.
        let ordered = messages.indices.sorted { a, b in
            messages[a].at != messages[b].at ? messages[a].at < messages[b].at : a < b
        }.map { ($0, messages[$0]) }
        // Exports repeat texts (bots, templates) and authors: each distinct one is read once, and
        // the distinct texts are read on both cores (a reading depends on its text alone).
        var slots: [TextKey: Int] = [:]
        var distinct: [String] = []
        for (_, message) in ordered where message.kind == .message && !message.deleted {
            if slots[TextKey(message.text)] == nil {
                slots[TextKey(message.text)] = distinct.count
                distinct.append(message.text)
            }
        }
        let readings = ParallelMap.map(count: distinct.count, workers: distinct.count < 2_000 ? 1 : ParallelMap.defaultWorkers) {
            classifier.read(distinct[$0])
        }
        var actors: [String: [String: String]] = [:]
        return ordered.map { offset, message in
            let readable = message.kind == .message && !message.deleted
            var analysis = MessageReading(classification: nil, isQuestion: false, blameWords: nil)
            if readable, let slot = slots[TextKey(message.text)] {
                analysis = classifier.marked(readings[slot], pinned: message.pinned, reactions: message.reactions)
            }
            let actor: String
            if let known = actors[message.author.id]?[message.author.name] {
                actor = known
            } else {
                actor = directory.name(of: message.author)
                actors[message.author.id, default: [:]][message.author.name] = actor
            }
            return ClassifiedMessage(
                message: message, actor: actor, classification: analysis.classification,
                isQuestion: analysis.isQuestion, blameWords: analysis.blameWords, order: offset)
        }
    }
}
