import Foundation
import RetroAssemble
import RetroModel
import Testing

struct ClassificationCase: CustomTestStringConvertible, Sendable {
    var text: String
    var kind: TimelineEvent.Kind?
    var key: Bool
    var testDescription: String { "'\(text)' → \(kind?.rawValue ?? "chatter")" }
    init(_ text: String, _ kind: TimelineEvent.Kind?, key: Bool = false) {
        self.text = text
        self.kind = kind
        self.key = key
    }
}

@Suite("Timeline classification")
struct TimelineClassificationTests {
    static let classifier = MessageClassifier()

    static let cases: [ClassificationCase] = [
        // Roles, and look-alikes that are not declarations.
        ClassificationCase("I'm IC", .role),
        ClassificationCase("I’m IC for this one", .role),
        ClassificationCase("im ic", .role),
        ClassificationCase("I'm not IC", nil),
        ClassificationCase("who's IC?", nil),
        ClassificationCase("am I IC?", nil),
        ClassificationCase("I'll take comms", .role),
        ClassificationCase("taking scribe", .role),
        ClassificationCase("handing IC to @ben", .handover, key: true),
        // Actions, and proposals or negations that are not actions.
        ClassificationCase("rolling back payments-api to 4.18.1", .action),
        ClassificationCase("should we roll back?", .hypothesis),
        ClassificationCase("Should we roll back", .hypothesis),
        ClassificationCase("we are not rolling back yet", nil),
        ClassificationCase("Rolling back now. Anyone object?", .action),
        ClassificationCase("restarted the payments-api pods", .action),
        ClassificationCase("I haven't restarted anything", nil),
        ClassificationCase("deployed fix to payments-api", .action),
        // Findings, fixes, the end.
        ClassificationCase("looks like it's the connection pool", .breakthrough, key: true),
        ClassificationCase("found it! the pool size is 10", .breakthrough, key: true),
        ClassificationCase("I don't think it's the DB, found nothing", nil),
        ClassificationCase("errors back to normal", .mitigation, key: true),
        ClassificationCase("resolved, closing the incident", .resolution, key: true),
        ClassificationCase("not resolved yet", nil),
        ClassificationCase("posted status page update", .communication),
        ClassificationCase("api.internal resolved to the old load balancer", nil),
        ClassificationCase("the payments-api pods keep restarting", nil),
        ClassificationCase("pods are restarting every 30s, crashloop", nil),
        ClassificationCase("restarting the payments-api pods", .action),
        ClassificationCase("let's focus on it", nil),
        ClassificationCase("When I restarted the pod the errors stopped", .action),
        // Lower-signal kinds.
        ClassificationCase("seeing 500s on checkout", .detection),
        ClassificationCase("maybe it's DNS", .hypothesis),
        ClassificationCase("ack", .acknowledgement),
        ClassificationCase("paging the database team", .escalation),
        ClassificationCase("brb coffee", nil),
    ]

    @Test("message text → kind and key", arguments: cases)
    func classifies(_ c: ClassificationCase) {
        let result = Self.classifier.classify(text: c.text)
        #expect(result?.kind == c.kind, "\(result?.reason ?? "no match")")
        if c.kind != nil { #expect(result?.key == c.key) }
    }

    @Test("every answer says why")
    func reasons() throws {
        let action = try #require(Self.classifier.classify(text: "rolling back payments-api"))
        #expect(action.entryID == "rollback")
        #expect(action.reason == "matched 'rolling back' (rollback)")
        let question = try #require(Self.classifier.classify(text: "should we roll back?"))
        #expect(question.reason.contains("asked as a question"))
    }

    @Test("Alertmanager-style bot echoes and human text are classified alike; the caller decides what bots are")
    func botText() {
        #expect(Self.classifier.classify(text: "[RESOLVED] HighErrorRate checkout")?.kind == .resolution)
    }

    @Test("pins and key reactions make key events", arguments: [
        (false, ["pushpin"]), (false, [":pushpin:"]), (false, ["📌"]), (false, ["stopwatch"]), (false, ["⭐"]), (true, []),
    ])
    func markers(pinned: Bool, reactions: [String]) throws {
        let note = try #require(Self.classifier.classify(text: "lunch order is in the doc", pinned: pinned, reactions: reactions))
        #expect(note.kind == .note)
        #expect(note.key)
        let hypothesis = try #require(Self.classifier.classify(text: "maybe it's DNS", pinned: pinned, reactions: reactions))
        #expect(hypothesis.kind == .hypothesis)
        #expect(hypothesis.key)
    }

    @Test("other reactions do not make key events")
    func otherReactions() {
        #expect(Self.classifier.classify(text: "lunch order is in the doc", reactions: ["thumbsup", "eyes"]) == nil)
    }

    @Test("handoffs carry the role and the word naming the recipient")
    func handoff() throws {
        let result = try #require(Self.classifier.classify(text: "Handing IC to @ben, I need to drop"))
        #expect(result.role == "incident_commander")
        #expect(result.handoff)
        #expect(result.handoffTarget == "ben")
    }

    @Test("question detection")
    func questions() {
        #expect(Self.classifier.isQuestion("does anyone know who owns the pool config?"))
        #expect(Self.classifier.isQuestion("Can someone check the replica lag"))
        #expect(!Self.classifier.isQuestion("restarting the pods now."))
    }
}
