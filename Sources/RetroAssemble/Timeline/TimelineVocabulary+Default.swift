extension TimelineVocabulary {
    /// The built-in vocabulary. Entries are tried in order and the first match wins, so the more
    /// decisive wordings (handoffs, resolution, mitigation) come before the looser ones.
    ///
    /// Phrases are lower-case words matched as whole tokens, apostrophes ignored ("i'm" matches
    /// "Im" and "I’m"); a trailing `*` matches any ending (`restart*` matches "restarted").
    static let defaultJSON = #"""
        {
          "version": 1,
          "negations": ["not", "no", "never", "without", "nobody", "cannot", "dont", "didnt", "doesnt", "wont", "havent", "hasnt", "isnt",
            "arent", "cant", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt"],
          "question_starts": ["should we", "should i", "should someone", "shall we", "can we", "can someone", "can anyone", "could we",
            "could someone", "could it be", "do we", "does anyone", "did anyone", "did someone", "has anyone", "is anyone", "is it",
            "is this", "are we", "anyone", "who", "what", "why", "how", "when", "where", "any idea", "any ideas", "want me to"],
          "key_reactions": ["pushpin", "round_pushpin", "📌", "📍", "stopwatch", "⏱", "⏱️", "timer_clock", "⏲️", "star", "⭐", "🌟"],
          "entries": [
            {"id": "handoff-ic", "kind": "role", "key": true, "role": "incident_commander", "handoff": true,
             "phrases": ["handing ic to", "handing over ic to", "handing off ic to", "handing ic over to", "handing incident command to",
                         "passing ic to", "handover ic to", "hand ic to", "ic goes to", "ic is now"]},
            {"id": "handoff-comms", "kind": "role", "key": true, "role": "communications", "handoff": true,
             "phrases": ["handing comms to", "handing over comms to", "handing off comms to", "passing comms to"]},
            {"id": "incident-commander", "kind": "role", "key": true, "role": "incident_commander",
             "phrases": ["i'm ic", "i am ic", "i'll be ic", "i will be ic", "i'll take ic", "i will take ic", "taking ic", "i have ic",
                         "i've got ic", "i'm the ic", "i'll be the ic", "taking over as ic", "taking over ic", "i'm incident commander",
                         "i am incident commander", "i'm the incident commander", "i'll be incident commander"]},
            {"id": "communications", "kind": "role", "key": true, "role": "communications",
             "phrases": ["i'll take comms", "i will take comms", "taking comms", "i'm on comms", "i'll do comms", "i'll handle comms",
                         "i'm comms", "i'll run comms", "i'm comms lead", "i'll handle communications"]},
            {"id": "scribe", "kind": "role", "key": true, "role": "scribe",
             "phrases": ["taking scribe", "i'll scribe", "i'm scribe", "i'll be scribe", "i'm the scribe", "i'll be the scribe",
                         "i'll take notes", "i'm taking notes"]},
            {"id": "resolution", "kind": "resolution", "key": true,
             "phrases": ["resolved", "incident resolved", "all clear", "closing the incident", "closing incident", "marking resolved",
                         "marking as resolved", "fully recovered"]},
            {"id": "mitigation", "kind": "mitigation", "key": true,
             "phrases": ["back to normal", "error rate is back", "errors are back down", "errors dropped", "errors are down",
                         "recovered", "recovering", "mitigated", "stabilized", "stabilised", "looks healthy", "looking healthy",
                         "graphs look good"]},
            {"id": "breakthrough", "kind": "breakthrough", "key": true,
             "phrases": ["found it", "found the issue", "found the problem", "found the cause", "found the bug", "looks like it's the",
                         "looks like it is the", "the cause is", "root cause is", "culprit is", "that's the culprit", "that explains",
                         "smoking gun", "confirmed it's"]},
            {"id": "rollback", "kind": "action", "key": true,
             "phrases": ["rolling back", "rolled back", "roll back", "rollback", "reverting", "reverted", "revert"]},
            {"id": "restart", "kind": "action", "key": true,
             "phrases": ["restart*", "rebooting", "rebooted", "reboot", "bounced", "bouncing"]},
            {"id": "deploy", "kind": "action", "key": true,
             "phrases": ["deployed fix", "deployed the fix", "deployed a fix", "deploying fix", "deploying the fix", "deploying a fix",
                         "shipped the fix", "shipping the fix", "pushed a fix", "pushing a fix", "hotfix", "deployed", "deploying"]},
            {"id": "scale", "kind": "action", "key": true, "label": "scale-up",
             "phrases": ["scaling up", "scaled up", "scale up", "scaling out", "scaled out", "increased the pool", "increasing the pool"]},
            {"id": "failover", "kind": "action", "key": true, "phrases": ["failing over", "failed over", "failover"]},
            {"id": "disable", "kind": "action", "key": true, "label": "switch-off",
             "phrases": ["disabled the flag", "disabling the flag", "turned off the", "turning off the", "killed the", "killing the"]},
            {"id": "status-update", "kind": "communication", "key": true,
             "phrases": ["posted status page update", "posted a status page update", "status page updated", "updated the status page",
                         "updating the status page", "posted an update", "posted a status update", "notified customers", "customer update sent",
                         "sent an update"]},
            {"id": "acknowledgement", "kind": "acknowledgement", "key": false,
             "phrases": ["ack", "acked", "acking", "ack'd", "acknowledged", "i'm on it", "on it", "looking into it", "i'm looking",
                         "i'm investigating"]},
            {"id": "escalation", "kind": "escalation", "key": false,
             "phrases": ["paging", "paged", "escalating", "escalated to", "pulling in", "looping in", "need help from"]},
            {"id": "symptom", "kind": "detection", "key": false,
             "phrases": ["seeing errors", "seeing 500s", "seeing 5xx", "error rate", "errors spiking", "spike in errors", "elevated errors",
                         "elevated latency", "latency spike", "is down", "are down", "site down", "failing", "timeouts", "timing out",
                         "customers reporting", "customer reports", "alert fired", "alerts firing", "outage", "degraded"]},
            {"id": "hypothesis", "kind": "hypothesis", "key": false,
             "phrases": ["maybe", "might be", "could be", "i think", "i suspect", "suspect", "my guess", "wonder if", "what if",
                         "possibly", "probably", "theory"]}
          ]
        }
        """#
}
