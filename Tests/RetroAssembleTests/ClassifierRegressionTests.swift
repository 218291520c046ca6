import RetroAssemble
import RetroModel
import Testing

/// Misreads found in the samples' chat and timelines, kept fixed.
@Suite struct ClassifierRegressionTests {
    static let classifier = MessageClassifier()

    static let cases: [ClassificationCase] = [
        // A status-page post is communication, even when it says "resolved".
        ClassificationCase("Status page marked resolved.", .communication),
        ClassificationCase("Status page set to resolved for EU payments", .communication),
        ClassificationCase("Incident resolved.", .resolution, key: true),
        // "Looks healthy" rules something out; it is not a mitigation.
        ClassificationCase("The database looks healthy", nil),
        ClassificationCase("processor dashboard looking healthy", nil),
        ClassificationCase("Error rate is back under 1%, recovered", .mitigation, key: true),
        // A stated hypothesis is a hypothesis, even when it names a symptom.
        ClassificationCase("Working hypothesis: the card processor is degraded", .hypothesis),
        ClassificationCase("New hypothesis: timeouts in the pool", .hypothesis),
        // "confirmed:" opens findings and recoveries alike ("Confirmed: checks green"), so it is no label.
        ClassificationCase("Hypothesis confirmed: the pool is full", nil),
        // Decisions are their own kind, and key: they set the course.
        ClassificationCase("Decision: keep the feature flag on and wait for the cache to warm", .decision, key: true),
        ClassificationCase("We decided to drain the Mumbai cluster", .decision, key: true),
        ClassificationCase("Waiting for a decision from the CDN vendor", nil),
        // "nothing" negates what follows it.
        ClassificationCase("nothing has recovered yet", nil),
        ClassificationCase("Nothing resolved so far, still investigating", nil),
    ]

    @Test(arguments: cases)
    func classifies(_ c: ClassificationCase) {
        let result = Self.classifier.classify(text: c.text)
        #expect(result?.kind == c.kind, "\(result?.reason ?? "chatter")")
        if c.kind != nil { #expect(result?.key == c.key) }
    }
}
