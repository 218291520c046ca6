import Foundation
import RetroAssemble
import RetroModel
import Testing

@Suite("Timeline vocabulary")
struct TimelineVocabularyTests {
    @Test("the built-in vocabulary decodes and covers every kind but note")
    func builtIn() {
        let vocabulary = TimelineVocabulary.default
        let kinds = Set(vocabulary.entries.map(\.kind))
        #expect(kinds == Set(TimelineEvent.Kind.allCases).subtracting([.note]))
        #expect(vocabulary.negations.contains("not"))
        #expect(vocabulary.keyReactions.contains("📌"))
        #expect(Set(vocabulary.entries.map(\.id)).count == vocabulary.entries.count)
    }

    @Test("a team's label prefixes and short forms extend the built-in ones; a label of an unknown kind names its path")
    func labelsAndShortForms() throws {
        let json = #"{"label_prefixes": {"Mitigation Step": "action", "trying": "none"}, "abbreviations": {"bnc": "bouncing"}}"#
        let user = try TimelineVocabulary(json: Data(json.utf8), path: "team.json")
        let classifier = MessageClassifier(vocabulary: TimelineVocabulary.default.extended(with: user))
        #expect(classifier.classify(text: "mitigation step: drain eu-west")?.kind == .action)
        #expect(classifier.classify(text: "trying: pin the lib")?.kind == nil)
        #expect(classifier.classify(text: "root cause: the pool")?.kind == .breakthrough)
        #expect(classifier.classify(text: "bnc the workers")?.entryID == "restart")
        #expect(throws: InputError.self) {
            try TimelineVocabulary(json: Data(#"{"label_prefixes": {"cause": "culprit"}}"#.utf8), path: "team.json")
        }
        do {
            _ = try TimelineVocabulary(json: Data(#"{"label_prefixes": {"cause": "culprit"}}"#.utf8), path: "team.json")
        } catch let error as InputError {
            #expect("\(error)".contains("label_prefixes.cause"))
        }
    }

    @Test("user entries extend the vocabulary and are tried first")
    func extend() throws {
        let json = #"""
            {"entries": [
              {"id": "kill-switch", "kind": "mitigation", "key": true, "phrases": ["flipped the kill switch"]},
              {"id": "rollback-is-a-note", "kind": "note", "phrases": ["rolling back"]}
            ], "key_reactions": ["rotating_light"]}
            """#
        let user = try TimelineVocabulary(json: Data(json.utf8), path: "team-vocabulary.json")
        let classifier = MessageClassifier(vocabulary: TimelineVocabulary.default.extended(with: user))
        #expect(classifier.classify(text: "flipped the kill switch for checkout")?.kind == .mitigation)
        #expect(classifier.classify(text: "rolling back payments-api")?.kind == .note)
        #expect(classifier.classify(text: "brb", reactions: ["rotating_light"])?.key == true)
        #expect(MessageClassifier().classify(text: "flipped the kill switch for checkout") == nil)
    }

    @Test("adding entries in code works the same way")
    func adding() {
        let vocabulary = TimelineVocabulary.default.adding([.init(id: "drain", kind: .action, key: true, phrases: ["drain*"])])
        #expect(MessageClassifier(vocabulary: vocabulary).classify(text: "draining node-7")?.entryID == "drain")
    }

    @Test("a bad vocabulary file is an InputError that says where", arguments: [
        (#"{"entries": [{"id": "x", "kind": "fixing", "phrases": ["a"]}]}"#, "$.entries[0].kind"),
        (#"{"entries": [{"id": "x", "kind": "action"}]}"#, "$.entries[0]"),
        (#"{"entries": [{"id": "x", "kind": "action", "phrases": "a"}]}"#, "$.entries[0].phrases"),
    ])
    func badFile(json: String, path: String) {
        do {
            _ = try TimelineVocabulary(json: Data(json.utf8), path: "vocab.json")
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.location.path == "vocab.json")
            #expect(error.location.jsonPath == path, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
