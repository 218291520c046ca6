import RetroModel
import Testing

@testable import RetroLint

/// The global `allow:` list against findings of every length (issue 14: an allowed phrase shorter
/// than a finding trapped with signal 4).
@Suite struct AllowListTests {
    @Test func shorterAllowedPhraseNeitherCrashesNorSuppresses() {
        var config = LintConfig()
        config.allow = ["oops"]
        let found = LintTestSupport.lint("The engineer will be held accountable.", config: config)
        #expect(found.map(\.match) == ["held accountable"])
    }

    @Test func coveringAllowedPhraseSuppresses() {
        var config = LintConfig()
        config.allow = ["be held accountable for the budget"]
        #expect(LintTestSupport.lint("The engineer will be held accountable for the budget.", config: config).isEmpty)
        #expect(LintTestSupport.lint("The engineer will be held accountable.", config: config).map(\.match) == ["held accountable"])
    }

    /// Random allow lists (words from the findings' own phrases and others, one to five words)
    /// over random sentences built from blame phrases: the lint returns, and every finding it
    /// keeps is one that no allowed phrase covers.
    @Test func randomAllowListsAndTexts() {
        let words = ["held", "accountable", "human", "error", "should", "have", "caught", "it", "we", "the", "engineer",
                     "failed", "to", "notice", "oops", "my", "fault", "in", "hindsight", "careless", "was", "not", "removed",
                     "from", "rotation", "sam", "?", "who", "broke", "did", "miss", "alert", ".", ",", "be", "more", "careful"]
        var generator = SplitMix(seed: 14)
        for _ in 0..<400 {
            let sentence = (0..<Int.random(in: 3...18, using: &generator)).map { _ in words.randomElement(using: &generator)! }
            let text = sentence.joined(separator: " ").prefix(1).uppercased() + sentence.joined(separator: " ").dropFirst()
            var config = LintConfig()
            config.allow = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 1...5, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            }
            let found = LintTestSupport.lint(text, config: config)
            for finding in found {
                let match = finding.match.lowercased()
                #expect(!config.allow.contains { $0 == match }, "allowed '\(match)' was reported in: \(text)")
            }
        }
    }
}

/// A small deterministic generator, so a failure reproduces.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
