/// The built-in vocabulary of the `customer` profile: minimising phrases, grouped by the figure
/// that can contradict them. Data only; the matching is in `Rules/MinimizingRule.swift`.
enum CustomerPack {
    static let yaml = #"""
        rules:
          customer.minimizing:
            # Contradicted by a long impact (30 minutes or more).
            duration: [brief, briefly, momentary, momentarily, a few minutes, a few seconds, a short time,
                       a short period, short-lived, short lived, blip, temporary blip]
            # Contradicted by a large affected share (5% or more).
            share: [a small number of, a small percentage of, a small subset of, a handful of, a few users,
                    a few customers, a few people, a few requests, some users, some customers, a limited number of,
                    a tiny fraction of, a minority of]
            # Contradicted by either figure.
            terms: [minor, slight, slightly, hiccup, hiccups, minor inconvenience, any inconvenience,
                    may have experienced, might have experienced, minimal impact, negligible, insignificant]
        """#
}
