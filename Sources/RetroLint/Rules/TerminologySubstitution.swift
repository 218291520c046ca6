/// The shared check of the terminology rules: a listed word, unless a technical follower
/// ("disaster recovery") makes it a name, with the preferred word as the rewrite.
enum TerminologySubstitution {
    static func check(_ hit: PhraseHit, in run: ProseRun, context: RuleContext, rule: String) -> Finding? {
        if run.tokens.indices.contains(hit.end), context.set("followers", of: rule).contains(run.tokens[hit.end].hash) {
            return nil
        }
        guard let replacement = context.texts[rule]?["replacement"]?.first else { return Finding(hit) }
        return Finding(hit, suggestion: rewrite(run.words(hit.start..<hit.end), with: replacement, original: firstText(hit, run)))
    }

    /// `replacement`, keeping the match's plural, its trailing "analysis" and its capital letter.
    static func rewrite(_ match: String, with replacement: String, original: String) -> String {
        var result = replacement
        let last = match.split(separator: " ").last.map(String.init) ?? match
        if last == "analysis" || last == "rca" || last == "rcas" {
            result += " analysis"
        } else if last.hasSuffix("s"), !last.hasSuffix("ss"), !result.hasSuffix("s") {
            result += "s"
        }
        if let first = original.first, first.isUppercase {
            result = result.prefix(1).uppercased() + result.dropFirst()
        }
        return result
    }

    private static func firstText(_ hit: PhraseHit, _ run: ProseRun) -> String {
        run.tokens[hit.start].text(in: run.bytes)
    }
}
