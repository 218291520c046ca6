import RetroModel

/// The checks `retro build` makes across the incident file and its sources. Their ids are
/// structure rules: `retro rules` lists them and `retro explain` describes them.
public enum ConsistencyRule: String, Sendable, CaseIterable {
    /// A follow-up that addresses no contributing factor.
    case followUpAddresses = "structure.follow-up-addresses"
    /// A factor that no follow-up addresses and that is not accepted as a risk.
    case factorFollowUp = "structure.factor-follow-up"
    /// An open follow-up without an owner or a due date (the same rule the lint applies to Markdown).
    case followUpOwner = "structure.follow-up-owner"
    /// Window milestones, or hand-written milestone events, in an impossible order.
    case timelineOrder = "structure.timeline-order"
    /// A milestone written in the incident file that the sources contradict.
    case windowSources = "structure.window-sources"

    public var id: String { rawValue }

    public var severity: Diagnostic.Severity { .warning }
}
