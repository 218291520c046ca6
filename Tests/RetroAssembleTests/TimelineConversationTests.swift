import Foundation
import RetroAssemble
import RetroModel
import Testing

/// The cases of issue #16, each a conversation an incident commander would read one way.
@Suite("Timeline read from the conversation")
struct TimelineConversationTests {
    typealias S = TimelineScenario

    func derive(_ messages: [Message], alerts: [AlertEvent] = [], timezone: String? = nil) -> DerivedTimeline {
        var incident = Incident(id: "INC-16", title: "t", severity: "SEV2")
        incident.people = S.people
        incident.timezone = timezone
        return TimelineExtractor().derive(incident: incident, messages: messages, alerts: alerts)
    }

    func message(_ index: Int, _ minutes: Int64, _ author: String, _ text: String, seconds: Int64 = 0, thread: String? = nil, channel: String = "inc", bot: Bool = false) -> Message {
        Message(
            id: "m\(index)", at: S.at(minutes, seconds: seconds), author: .init(id: author, name: author.lowercased()), text: text,
            thread: thread, bot: bot, channel: channel, source: SourceRef(file: "chat.json", index: index))
    }

    func unanswered(_ timeline: DerivedTimeline) -> [String] {
        timeline.signals.filter { $0.kind == .unansweredQuestion }.map { Timestamp.iso($0.at) }
    }

    @Test("a mention asked twice before the addressee answers is unanswered at the first asking, and says so")
    func askedTwice() throws {
        let timeline = derive([
            message(0, 10, "U3", "@ben is the reindex cron still running?"),
            message(1, 13, "U1", "I'll check the dashboards"),
            message(2, 16, "U3", "@ben is the reindex job still going? asking again"),
            message(3, 18, "U2", "sorry, yes it is still running", thread: "m2"),
        ])
        #expect(unanswered(timeline) == [Timestamp.iso(S.at(10))])
        let text = try #require(timeline.signals.first { $0.kind == .unansweredQuestion }?.text)
        #expect(text.contains("was asked again 6 minutes later"))
    }

    @Test("someone else's channel message is no answer to a mention; the addressee's reply in the thread is")
    func addresseeAnswers() {
        let other = derive([message(0, 10, "U3", "@ben did the alias move back?"), message(1, 11, "U1", "ok thanks all")])
        #expect(unanswered(other) == [Timestamp.iso(S.at(10))])
        let thread = derive([message(0, 10, "U3", "@ben did the alias move back?"), message(1, 11, "U2", "done, on v6", seconds: 30, thread: "m0")])
        #expect(unanswered(thread).isEmpty)
        // Someone answering for the addressee in the question's thread answers it too.
        let forThem = derive([message(0, 10, "U3", "@ben did the alias move back?"), message(1, 11, "U1", "he moved it at 14:25", thread: "m0")])
        #expect(unanswered(forThem).isEmpty)
    }

    @Test("'yes please' to a coffee offer does not answer a request; a related reply does")
    func relatedReply() {
        let coffee = derive([
            message(0, 10, "U1", "should we also clear the read-only block on catalog-v6?"),
            message(1, 10, "U3", "coffee is here, by the window", seconds: 30),
            message(2, 11, "U2", "yes please, thank you!!"),
        ])
        #expect(unanswered(coffee) == [Timestamp.iso(S.at(10))])
        let related = derive([
            message(0, 10, "U1", "should we also clear the read-only block on catalog-v6?"),
            message(1, 12, "U2", "yes, clear it once the alias is back"),
        ])
        #expect(unanswered(related).isEmpty)
    }

    @Test("a social question raises no signal")
    func socialQuestion() {
        #expect(unanswered(derive([message(0, 10, "U3", "anyone want coffee? going down anyway")])).isEmpty)
    }

    @Test("duplicate work: two independent starts only", arguments: [
        // A decision and the person carrying it out.
        (["ok, lets roll back to 2.30.4 first", "rolling back search-api to 2.30.4"], 0),
        // A question about a repeated restart is not a restart.
        (["restarting the query pods", "has someone just restarted the query pods again?"], 0),
        // Two starts of the same purge, neither referring to the other.
        (["purging the CDN cache for /auth", "I'm purging the cdn cache for the auth paths"], 1),
        // Two people stopping the same job.
        (["I'll stop the reindex job so it doesnt flip the alias", "stopping the reindex cron now"], 1),
    ])
    func duplicates(texts: [String], expected: Int) {
        let timeline = derive([message(0, 30, "U1", texts[0]), message(1, 31, "U2", texts[1])])
        #expect(timeline.signals.filter { $0.kind == .duplicateWork }.count == expected)
    }

    @Test("a step its author undoes within minutes is marked as tried and undone; someone else's revert is not that")
    func undoneSteps() {
        let own = derive([
            message(0, 30, "U1", "meanwhile I bumped query replicas 6 -> 12 to take load off"),
            message(1, 33, "U1", "latency got worse with 12 replicas, heap pressure. reverted replicas to 6"),
        ])
        #expect(own.events.map { $0.revertedAt.map(Timestamp.iso) } == [Timestamp.iso(S.at(33)), nil])
        let other = derive([
            message(0, 30, "U1", "meanwhile I bumped query replicas 6 -> 12 to take load off"),
            message(1, 33, "U2", "reverted the search-api deploy"),
        ])
        #expect(other.events.allSatisfy { $0.revertedAt == nil })
    }

    @Test("a responder reporting on their own restart is not a second duplicate")
    func ownProgress() {
        let timeline = derive([
            message(0, 30, "U1", "I'll restart dns-resolver-01 to clear its cache"),
            message(1, 31, "U2", "restarting dns-resolver-01 now"),
            message(2, 34, "U2", "dns-resolver-01 restarted, cache empty"),
        ])
        #expect(timeline.signals.filter { $0.kind == .duplicateWork }.map { Timestamp.iso($0.at) } == [Timestamp.iso(S.at(31))])
    }

    @Test("a blameful remark is a signal that names nobody; a team's own lesson is not", arguments: [
        ("honestly this is on Ben's cron change again", true),
        ("whoever approved that auto renew without checking the clients messed up", true),
        ("the backup team should have cleaned that inventory months ago", true),
        ("we should have alerted on the pool size", false),
        ("we should have paged Ben sooner", false),
        ("should we have paged the database team?", false),
    ])
    func blame(text: String, flagged: Bool) throws {
        let timeline = derive([message(0, 10, "U2", "seeing 500s on checkout"), message(1, 20, "U3", text), message(2, 25, "U1", "rolling back payments-api")], timezone: "Europe/Berlin")
        let remarks = timeline.signals.filter { $0.kind == .blamefulRemark }
        #expect(remarks.count == (flagged ? 1 : 0))
        if flagged {
            let remark = try #require(remarks.first)
            #expect(remark.text.hasPrefix("At 10:20 Europe/Berlin a remark in the channel attributed the problem to a person"))
            #expect(remark.text.contains("the next action 5 minutes later"))
            #expect(!remark.text.contains("Ben"))
            #expect(!remark.text.contains(text))
        }
    }

    @Test("the handover signal states its time in the document's zone")
    func handoverZone() {
        let timeline = derive([message(0, 20, "U1", "I'm IC"), message(1, 50, "U1", "handing IC to Ben, I have to drop")], timezone: "America/New_York")
        #expect(timeline.signals.filter { $0.kind == .handoff }.map(\.text) == ["The incident commander role passed from Ana Lima to Ben Ito at 05:50 America/New_York."])
        #expect(timeline.events.map(\.kind) == [.role, .handover])
    }

    @Test("'ack, sorry, missed that' in a thread answers a question; it acknowledges no page")
    func ackInThread() {
        let timeline = derive([
            message(0, 10, "U3", "@ben can we bypass the CDN for auth?"),
            message(1, 12, "U2", "ack, sorry, missed that. no bypass", thread: "m0"),
            message(2, 13, "U1", "ack, looking at the resolvers"),
        ])
        #expect(timeline.events.map(\.kind) == [.acknowledgement])
        #expect(timeline.chatter.map(\.id) == ["m0", "m1"])
    }

    @Test("the recipient confirming a handover is not a new role, nor an acknowledgement")
    func handoverConfirmation() {
        let timeline = derive([
            message(0, 20, "U1", "I'm IC"), message(1, 50, "U1", "my shift ends, handing over IC to Ben"), message(2, 51, "U2", "ack, IC now"),
        ])
        #expect(timeline.events.map(\.kind) == [.role, .handover])
        #expect(timeline.chatter.map(\.id) == ["m2"])
    }

    @Test("'Kenji is incident commander from now' hands the role to the person named before the phrase")
    func namedBefore() {
        let timeline = derive([message(0, 20, "U1", "I'm IC"), message(1, 50, "U1", "I need to leave. cy is incident commander from now")])
        #expect(timeline.signals.filter { $0.kind == .handoff }.map(\.text) == ["The incident commander role passed from Ana Lima to Cy Park at 09:50 UTC."])
    }

    @Test("a relay into a side channel is communication; the breakthrough stays with the incident channel")
    func relay() {
        // The incident channel is busy; the side channel gets a few updates.
        let talk = (0..<8).map { message(10 + $0, 15 + Int64($0), $0 % 2 == 0 ? "U2" : "U3", "ok") }
        let timeline = derive(talk + [
            message(0, 10, "U2", "seeing 500s on checkout"),
            message(1, 11, "U1", "found it: the alias points at the half-built index"),
            message(2, 12, "U1", "found it: search alias points to the half-built index, fix underway", channel: "incidents"),
            message(3, 13, "U3", "the team is on it, next update in 30 minutes", channel: "incidents"),
            message(4, 14, "U2", "rolling back the alias"),
        ])
        #expect(timeline.events.map(\.kind) == [.detection, .breakthrough, .communication, .communication, .action])
    }

    @Test("channels of similar size are all incident channels: nothing in them becomes a relay")
    func similarChannels() {
        let timeline = derive([
            message(0, 10, "U2", "seeing 500s on checkout"),
            message(1, 11, "U1", "found it: the alias points at the half-built index", channel: "inc-db"),
            message(2, 12, "U3", "rolling back the alias"),
            message(3, 13, "U1", "restarting the ledger workers", channel: "inc-db"),
        ])
        #expect(timeline.events.map(\.kind) == [.detection, .breakthrough, .action, .action])
    }

    @Test("'or …' right after a hypothesis is another hypothesis; a closing 'not X' rules one out")
    func hypotheses() {
        let timeline = derive([
            message(0, 10, "U1", "might be the cert rotation from this morning"),
            message(1, 11, "U2", "or the CDN, they had a maintenance window today"),
            message(2, 15, "U3", "checked chrony on all nodes, offset under 5ms. not skew"),
            message(3, 40, "U3", "or pizza tonight?"),
        ])
        #expect(timeline.events.map(\.kind) == [.hypothesis, .hypothesis, .hypothesis])
    }

    @Test("a bot's echo of an alert-log transition folds into the alert event; an unrelated bot post stays")
    func alertEcho() throws {
        let alerts = [
            S.alert(0, 10, .triggered, "Triggered: WebhookDeliveryLagHigh payments-notifier"),
            S.alert(1, 50, .resolved, "Resolved by timeout"),
        ]
        let timeline = derive([
            message(0, 10, "B1", "[FIRING:1] WebhookDeliveryLagHigh payments-notifier", seconds: 30, bot: true),
            message(1, 11, "B2", "PAY-9123 ticket created by Support: order webhooks arriving late", bot: true),
            message(2, 50, "B1", "[RESOLVED] WebhookDeliveryLagHigh payments-notifier", seconds: 20, bot: true),
        ], alerts: alerts)
        #expect(timeline.events.map { "\($0.kind.rawValue) \($0.origin.rawValue)" } == ["detection alert", "detection chat", "resolution alert"])
        let resolved = try #require(timeline.events.last)
        #expect(resolved.sources == [SourceRef(file: "pd.json", index: 1), SourceRef(file: "chat.json", index: 2)])
    }
}

/// Curation in the incident file: a hand-written event replaces the derived one at its source,
/// `exclude:` drops derived events, and source references match however the path is written.
@Suite("Timeline curation")
struct TimelineCurationTests {
    typealias S = TimelineScenario

    func derive(timeline: [TimelineEvent] = [], exclusions: [TimelineExclusion] = []) -> DerivedTimeline {
        var incident = Incident(id: "INC-16", title: "t", severity: "SEV2")
        incident.people = S.people
        incident.timeline = timeline
        incident.exclusions = exclusions
        let messages = [
            Message(id: "a", at: S.at(10), author: .init(id: "U1", name: "ana"), text: "rolling back payments-api", channel: "inc",
                    source: SourceRef(file: "exports/chat/history.json", index: 4)),
            Message(id: "b", at: S.at(30), author: .init(id: "U2", name: "ben"), text: "seeing 500s again, grafana is timing out", channel: "inc",
                    source: SourceRef(file: "exports/chat/history.json", index: 5)),
        ]
        return TimelineExtractor().derive(incident: incident, messages: messages, alerts: [])
    }

    @Test("a hand-written event at a derived event's source replaces it, whatever either kind")
    func overrideBySource() throws {
        let written = TimelineEvent(
            at: S.at(10), kind: .decision, text: "Decided to roll back payments-api", key: true,
            sources: [SourceRef(file: "chat/history.json", index: 4)])
        let timeline = derive(timeline: [written])
        #expect(timeline.events.map(\.kind) == [.decision, .detection])
        let event = try #require(timeline.events.first)
        #expect(event.origin == .incidentFile)
        // The link now points at the record itself, as the export names it.
        #expect(event.sources == [SourceRef(file: "exports/chat/history.json", index: 4)])
    }

    @Test("a reference to another record leaves the derived event alone")
    func otherRecord() {
        let written = TimelineEvent(at: S.at(10), kind: .note, text: "A note", sources: [SourceRef(file: "chat/history.json", index: 9)])
        #expect(derive(timeline: [written]).events.map(\.kind) == [.note, .action, .detection])
    }

    @Test("exclude drops derived events by source or by text, and counts them", arguments: [
        (TimelineExclusion(source: SourceRef(file: "history.json", index: 5)), [TimelineEvent.Kind.action]),
        (TimelineExclusion(text: "GRAFANA"), [.action]),
        (TimelineExclusion(text: "nothing like it"), [.action, .detection]),
        (TimelineExclusion(source: SourceRef(file: "other.json", index: 5)), [.action, .detection]),
    ])
    func exclude(exclusion: TimelineExclusion, kinds: [TimelineEvent.Kind]) {
        let timeline = derive(exclusions: [exclusion])
        #expect(timeline.events.map(\.kind) == kinds)
        #expect(timeline.excludedEvents == 2 - kinds.count)
    }

    @Test("exclude never drops a hand-written event")
    func keepsHandWritten() {
        let written = TimelineEvent(at: S.at(50), kind: .note, text: "grafana dashboards were slow all day")
        #expect(derive(timeline: [written], exclusions: [TimelineExclusion(text: "grafana")]).events.map(\.kind) == [.action, .note])
    }

    @Test("references read as written and match trailing path parts", arguments: [
        ("chat/history.json#12", SourceRef(file: "exports/chat/history.json", index: 12), true),
        ("history.json#12", SourceRef(file: "exports/chat/history.json", index: 12), true),
        ("story.json#12", SourceRef(file: "exports/chat/history.json", index: 12), false),
        ("chat/history.json#13", SourceRef(file: "exports/chat/history.json", index: 12), false),
        ("war-room.log:40", SourceRef(file: "logs/war-room.log", line: 40), true),
        ("war-room.log", SourceRef(file: "logs/war-room.log", line: 40), false),
    ])
    func references(written: String, record: SourceRef, matches: Bool) throws {
        let reference = try #require(SourceRef(reference: written))
        #expect(reference.names(record) == matches)
    }
}
