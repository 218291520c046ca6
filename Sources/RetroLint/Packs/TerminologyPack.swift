/// The built-in terminology vocabulary: words the retrospective practice replaces, with the
/// preferred term. Data only.
enum TerminologyPack {
    static let yaml = #"""
        rules:
          terminology.postmortem:
            terms: [postmortem, postmortems, post-mortem, post-mortems, post mortem, post mortems]
            replacement: [retrospective]
          terminology.root-cause:
            terms: [root cause, root causes, root-cause, root-causes, root cause analysis, rca, rcas,
                    root reason]
            replacement: [contributing factors]
          terminology.disaster:
            terms: [disaster, disasters, catastrophe, catastrophes, catastrophic, meltdown, fiasco, nightmare]
            replacement: [incident]
            # "disaster recovery" names a technical capability (backups, failover regions).
            followers: [recovery, recovery's, tolerance, preparedness]
        """#
}
