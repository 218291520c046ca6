/// What a message to customers or stakeholders must say, as the cue words the structure rules
/// look for: the impact, what did not go wrong, and the action plan.
enum StakeholderContent {
    static let impact = ["impact", "affected", "failed", "unable", "could not", "lost", "error", "outage", "degraded", "slow", "%", "unavailable"]
    static let reassurance = ["no data", "not exposed", "was not", "were not", "did not", "no card", "not lost", "no customer", "remained", "unaffected", "not affected"]
    static let plan = ["will", "follow-up", "plan", "now ", "going forward", "next", "added", "adding"]

    /// The parts `text` (lowercased) does not state, in reading order.
    static func missing(in text: String) -> [String] {
        var missing: [String] = []
        if !impact.contains(where: text.contains) { missing.append("the impact") }
        if !reassurance.contains(where: text.contains) { missing.append("what did not go wrong") }
        if !plan.contains(where: text.contains) { missing.append("the action plan") }
        return missing
    }
}
