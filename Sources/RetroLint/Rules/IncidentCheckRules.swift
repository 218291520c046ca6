/// Structure rules that `retro build` checks on the incident file and its sources (the checks
/// live in RetroAssemble's `ConsistencyChecker`; these are their descriptions). The examples are
/// parts of an incident file, after its `schema`, `id`, `title` and `severity` lines.
enum IncidentCheckRules {
    static let all: [RuleDescription] = [followUpAddresses, factorFollowUp, timelineOrder, windowSources]

    static let followUpAddresses = RuleDescription(
        id: "structure.follow-up-addresses", name: "Follow-up addresses a factor", category: .structure, severity: .warning,
        message: "A follow-up that addresses no contributing factor cannot say what it changes; list the factor ids under 'addresses'.",
        rationale: """
            Each follow-up should answer at least one contributing factor, so a reader can see why it was chosen and the review can see which factors still lack an answer. Reported by 'retro build' at the follow-up in the incident file.
            """,
        triggering: ["follow_ups:\n  - ↓{id: FU1, title: Add a pool alert, owner: SRE, due: 2026-04-15}"],
        nonTriggering: [
            "contributing_factors:\n  - {id: CF1, category: technical, title: No pool alert}\nfollow_ups:\n  - {id: FU1, title: Add a pool alert, owner: SRE, due: 2026-04-15, addresses: [CF1]}",
        ],
        isStructural: true, checksIncidentFile: true)

    static let factorFollowUp = RuleDescription(
        id: "structure.factor-follow-up", name: "Every factor answered or accepted", category: .structure, severity: .warning,
        message: "A contributing factor with no follow-up is either forgotten or an accepted risk; add a follow-up that addresses it, or mark it 'accepted: true' with an 'accepted_reason'.",
        rationale: """
            Learning that does not turn into action is lost (a follow-up marked wont_do does not count). Some factors are rightly left alone: rare, costly to change, or about to go away. Mark those 'accepted: true' and say why in 'accepted_reason', so the choice is visible rather than an oversight. An accepted factor without a reason is reported too.
            """,
        triggering: [
            "contributing_factors:\n  - ↓{id: CF1, category: technical, title: No pool alert}",
            "contributing_factors:\n  - {id: CF1, category: external, title: Processor rate limits, ↓accepted: true}",
        ],
        nonTriggering: [
            "contributing_factors:\n  - {id: CF1, category: external, title: Processor rate limits, accepted: true, accepted_reason: The contract renews in May.}",
            "contributing_factors:\n  - {id: CF1, category: technical, title: No pool alert}\nfollow_ups:\n  - {id: FU1, title: Add a pool alert, owner: SRE, due: 2026-04-15, addresses: [CF1]}",
        ],
        isStructural: true, checksIncidentFile: true)

    static let timelineOrder = RuleDescription(
        id: "structure.timeline-order", name: "Milestones in order", category: .structure, severity: .warning,
        message: "Milestones go started, detected, acknowledged, mitigated, resolved; a time that breaks that order is wrong somewhere.",
        rationale: """
            Checks the window after the missing milestones were derived from the sources (two given milestones out of order are already an input error), and hand-written timeline events of kind detection, acknowledgement, mitigation or resolution against the window: a detection before the incident started, a resolution before it was mitigated, or any of them after it was resolved. The durations in every section come from these times, so an impossible order makes every figure wrong.
            """,
        triggering: [
            "window: {started: 2026-03-14T09:02:00Z, mitigated: 2026-03-14T10:41:00Z}\ntimeline:\n  - {↓at: 2026-03-14T10:30:00Z, kind: resolution, text: Incident resolved.}",
        ],
        nonTriggering: [
            "window: {started: 2026-03-14T09:02:00Z, mitigated: 2026-03-14T10:41:00Z}\ntimeline:\n  - {at: 2026-03-14T11:07:00Z, kind: resolution, text: Incident resolved.}",
        ],
        isStructural: true, checksIncidentFile: true)

    static let windowSources = RuleDescription(
        id: "structure.window-sources", name: "Window agrees with the sources", category: .structure, severity: .warning,
        message: "A milestone written in the incident file disagrees with the alert log or the monitoring; the finding states both times and the source.",
        rationale: """
            What is written by hand wins over what is derived, so a typo in the window silently changes every duration. 'retro build' compares the given milestones with the sources: 'detected' later than the first alert trigger, 'started' later than the first alert trigger or than the start of an SLO breach still going on at that time, 'acknowledged' later than the first alert acknowledgement, 'resolved' earlier than the last alert resolve (a minute of difference is allowed for rounding). Either the time is wrong, or the timeline should say why the sources differ.
            """,
        triggering: ["window:\n  ↓detected: 2026-03-14T09:25:00Z   # the alert log shows a trigger at 09:19"],
        nonTriggering: ["window:\n  detected: 2026-03-14T09:19:00Z   # the alert log shows a trigger at 09:19"],
        isStructural: true, checksIncidentFile: true)
}
