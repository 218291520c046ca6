import Foundation
@testable import RetroAssemble
import RetroModel
import Testing

/// Issue #16's carry-over cases: mechanisms that read the shape of a message and the conversation
/// around it, each checked with wordings of more than one kind.
@Suite("Timeline reading that carries over to other teams' chat")
struct TimelineCarryOverTests {
    typealias S = TimelineScenario

    func derive(_ messages: [Message], people: [Person] = S.people) -> DerivedTimeline {
        var incident = Incident(id: "INC-16", title: "t", severity: "SEV2")
        incident.people = people
        return TimelineExtractor().derive(incident: incident, messages: messages, alerts: [])
    }

    func message(_ index: Int, _ minutes: Int64, _ author: String, _ text: String, name: String? = nil, thread: String? = nil,
                 channel: String = "inc", bot: Bool = false) -> Message {
        Message(
            id: "m\(index)", at: S.at(minutes), author: .init(id: author, name: name ?? author.lowercased()), text: text,
            thread: thread, bot: bot, channel: channel, source: SourceRef(file: "chat.json", index: index))
    }

    func kind(_ timeline: DerivedTimeline, at minutes: Int64) -> TimelineEvent.Kind? {
        timeline.events.first { $0.at == S.at(minutes) && $0.origin == .chat }?.kind
    }

    static let classifier = MessageClassifier()

    @Test("a label prefix decides the kind, whatever phrases follow", arguments: [
        ("root cause: maxmemory halved so hot keys were evicted", TimelineEvent.Kind?.some(.breakthrough)),
        ("trying: pin libfoo to 1.2", .some(.action)),
        ("Theory: the new pool size starves the workers", .some(.hypothesis)),
        ("eta: rollback finished in 5 min", .none),
        ("summary so far: deploy ruled out, alias moved back", .none),
    ])
    func labelPrefix(_ text: String, _ expected: TimelineEvent.Kind?) {
        #expect(Self.classifier.classify(text: text)?.kind == expected)
    }

    @Test("a colon that is no label (a time, a URL, a long clause) leaves the phrases to decide")
    func notALabel() {
        #expect(Self.classifier.classify(text: "restarting the workers at 10:30")?.kind == .action)
        #expect(Self.classifier.classify(text: "see https://status.example.com for it")?.kind == nil)
        #expect(Self.classifier.classify(text: "the queue that feeds the export workers and the ERP: growing")?.kind == .detection)
    }

    @Test("short forms read as the words they stand for")
    func abbreviations() {
        #expect(Self.classifier.classify(text: "rb checkout to 4.11")?.entryID == "rollback")
        #expect(Self.classifier.classify(text: "RB done on all pods")?.kind == .action)
    }

    @Test("a hedge at the start offers a cause, even when an action is named in it")
    func hedge() {
        #expect(Self.classifier.classify(text: "maybe is the new worker 2.7, it was deployed yesterday")?.kind == .hypothesis)
        #expect(Self.classifier.classify(text: "probably the purge we did at noon")?.kind == .hypothesis)
        #expect(Self.classifier.classify(text: "restarted the workers, maybe that helps")?.kind == .action)
    }

    @Test("a measure moving from one value to another is a symptom report")
    func metricChange() {
        #expect(Self.classifier.classify(text: "hit rate 94% -> 31% since 08:52")?.kind == .detection)
        #expect(Self.classifier.classify(text: "ratio went from ~2% to 18% at 13:50")?.kind == .detection)
        #expect(Self.classifier.classify(text: "moved from team a to team b")?.kind == nil)
    }

    @Test("an @-addressed question asks that person; it proposes nothing")
    func addressedQuestionIsNoHypothesis() {
        #expect(Self.classifier.classify(text: "@rafa should we roll back to 4.11?")?.kind == nil)
        #expect(Self.classifier.classify(text: "should we roll back to 4.11?")?.kind == .hypothesis)
    }

    @Test("a status tool's stage post is communication; a capitalised alert resolve is left to the alert echo")
    func statusPosts() {
        let timeline = derive([
            message(0, 10, "B1", "[Investigating] Checkout errors - We are looking into it.", name: "Statuspage", bot: true),
            message(1, 20, "B1", "[Resolved] Checkout errors - This incident has been resolved.", name: "Statuspage", bot: true),
            message(2, 21, "B2", "[RESOLVED] CheckoutErrorsHigh", name: "alertmanager", bot: true),
            message(3, 22, "B3", "INC0041877 state changed to Resolved by Ana", name: "ServiceNow", bot: true),
            message(4, 25, "U1", "all clear, closing the incident"),
        ])
        #expect(kind(timeline, at: 10) == .communication)
        #expect(kind(timeline, at: 20) == .communication)
        // No alert log to fold them into: a bot's "resolved" is no milestone, and is counted as left out.
        #expect(kind(timeline, at: 21) == nil)
        #expect(kind(timeline, at: 22) == nil)
        #expect(timeline.ignoredBotMessages == 2)
        #expect(kind(timeline, at: 25) == .resolution)
        #expect(timeline.window.resolved == S.at(25))
    }

    @Test("declaring a role someone else holds takes it over: a handover, with its signal")
    func takeover() {
        let timeline = derive([
            message(0, 10, "U1", "I'm IC"),
            message(1, 30, "U1", "I must leave for a call, somebody can take IC?"),
            message(2, 31, "U2", "taking over as IC"),
        ])
        #expect(kind(timeline, at: 10) == .role)
        #expect(kind(timeline, at: 31) == .handover)
        #expect(timeline.signals.filter { $0.kind == .handoff }.map(\.at) == [S.at(31)])
    }

    @Test("a handover asked for by name, then acknowledged by the person named")
    func handoverByName() {
        let timeline = derive([
            message(0, 10, "U1", "board meeting at 9:30, need to drop. ben pls take ic"),
            message(1, 11, "U2", "ack, i have ic"),
        ])
        #expect(kind(timeline, at: 10) == .handover)
        #expect(kind(timeline, at: 11) == nil)
        #expect(timeline.roles.last?.person == "Ben Ito")
    }

    @Test("a named responder asked to do something is the course set", arguments: ["ok. ben pls put maxmemory back to 8gb", "Cy please move the alias back"])
    func directedRequest(_ text: String) {
        #expect(kind(derive([message(0, 10, "U1", text)]), at: 10) == .decision)
    }

    @Test("two people starting the same action with other verbs on the same target is duplicate work")
    func duplicateAcrossVerbs() {
        let timeline = derive([
            message(0, 10, "U1", "bouncing the checkout workers to drop stuck conns"),
            message(1, 11, "U2", "kicking checkout-worker pods"),
            message(2, 20, "U3", "recycling the search pods"),
            message(3, 21, "U1", "restarting the billing pods"),
        ])
        #expect(timeline.signals.filter { $0.kind == .duplicateWork }.map(\.at) == [S.at(11)])
        // "Kicked off" starts something; it restarts nothing.
        #expect(Self.classifier.classify(text: "I kicked that off at :47 already")?.entryID != "restart")
    }

    @Test("the second of two restarts that names the first person knows of it: no duplicate")
    func duplicateThatRefers() {
        let timeline = derive([
            message(0, 10, "U1", "restarting the checkout workers"),
            message(1, 11, "U2", "restarting checkout workers too, ana"),
        ])
        #expect(timeline.signals.filter { $0.kind == .duplicateWork }.isEmpty)
    }

    @Test("someone answering for the addressee in the same topic answers; unrelated chatter of the addressee does not")
    func answeredForThem() {
        let answered = derive([
            message(0, 10, "U3", "@ana do we send the merchant mail now or wait?", channel: "ops > comms"),
            message(1, 11, "U2", "wait for the eta, one mail per 30 min", channel: "ops > comms"),
        ])
        #expect(answered.signals.filter { $0.kind == .unansweredQuestion }.isEmpty)
        let unanswered = derive([
            message(0, 10, "U3", "@ben is the 2.7 still in the pipeline for other regions? we must block it"),
            message(1, 13, "U2", "consumer utilisation 98%, looks healthy"),
        ])
        #expect(unanswered.signals.filter { $0.kind == .unansweredQuestion }.map(\.at) == [S.at(10)])
    }

    @Test("rhetorical blame and 'classic <name>' are blameful remarks; an ordinary 'who' question is not")
    func blameIdioms() {
        let timeline = derive([
            message(0, 10, "U3", "who pushed this to prod on a friday?!"),
            message(1, 12, "U3", "classic ben"),
            message(2, 14, "U3", "who owns the pool config?"),
            message(3, 16, "U3", "classic race condition"),
        ])
        #expect(timeline.signals.filter { $0.kind == .blamefulRemark }.map(\.at) == [S.at(10), S.at(12)])
    }

    @Test("only the step that fixed it is key among the actions")
    func keyOnlyOnTheFix() {
        let timeline = derive([
            message(0, 10, "U1", "restarting the api pods"),
            message(1, 12, "U2", "bumped replicas 6 -> 12"),
            message(2, 14, "U2", "reverted replicas to 6"),
            message(3, 15, "U1", "rolling back the api to 4.1"),
            message(4, 20, "U1", "errors back to normal"),
        ])
        let keyed = timeline.events.filter(\.key).map(\.at)
        #expect(keyed.contains(S.at(15)))
        #expect(!keyed.contains(S.at(10)) && !keyed.contains(S.at(12)) && !keyed.contains(S.at(14)))
        #expect(keyed.contains(S.at(20)))
    }
}
