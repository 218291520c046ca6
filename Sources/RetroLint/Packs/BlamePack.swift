/// The built-in blame vocabulary: word classes for subject detection and each blame rule's
/// phrase lists. Data only; the matching is in `Rules/`.
enum BlamePack {
    static let yaml = #"""
        words:
          # Subjects that are people. "we" counts: a counterfactual about ourselves is still blame.
          pronouns: [i, he, she, they, we, you, someone, somebody, nobody, anyone, anybody, everyone,
                     everybody, who, "i'd", "he'd", "she'd", "they'd", "we'd", "you'd"]
          roles: [engineer, engineers, developer, developers, dev, devs, operator, operators, admin, admins,
                  administrator, administrators, sre, sres, on-call, oncall, on-caller, on-callers,
                  responder, responders, reviewer, reviewers, author, authors, maintainer, maintainers,
                  team, teams, staff, employee, employees, intern, interns, contractor, contractors, person,
                  people, member, members, lead, manager, managers, commander, human, humans, colleague,
                  colleagues, teammate, teammates, coworker, coworkers, co-worker, dba, dbas, ops, devops,
                  owner, owners, approver, approvers, tester, testers, analyst, analysts, architect]
          # Capitalised words that start sentences but are not people.
          non_person: [this, that, it, which, there, validation, monitoring, alerting, deployment, rollout,
                       ci, cd, job, script, system, service, check, test, tests, pipeline, config,
                       configuration, automation, tooling, review, process, nothing, something, everything,
                       one, each, both, all, such, these, those, what, here, then, also, and, but, or, so,
                       however, otherwise, ideally, instead, perhaps, maybe, still, "yes", "no", if, when, while,
                       because, since, although, though, once, after, before, until, why, how, where, our,
                       their, its, his, her, my, your, docker, kubernetes, terraform, github, gitlab,
                       prometheus, grafana, nginx, postgres, postgresql, redis, kafka, linux, aws, gcp,
                       azure, cloudflare, slack, pagerduty, helm, ansible, chef, puppet, jira]
          # Words that may sit between a subject and its verb.
          adverbs: [also, just, simply, clearly, obviously, really, never, still, then, actually, probably,
                    definitely, certainly, surely, apparently, immediately, quickly, accidentally, again,
                    already, either, also, somehow, unfortunately, all, both, responsible, involved,
                    "n't", not]
          auxiliaries: [was, were, been, be, being, is, are, has, have, had, got, get, gets, will, would,
                        should, must, may, might, "'s", "'re", "'ve"]
          # Irregular past participles; regular ones end in -ed.
          participles: [known, caught, seen, done, been, taken, given, written, run, gone, thrown, shown,
                        broken, chosen, spoken, understood, built, sent, spent, kept, found, told, read,
                        set, put, made, thought, brought, paid, held, let, rolled, foreseen, gotten]
        rules:
          blame.counterfactual:
            # Followed by a past participle ("should have caught"); "should have alerting" is an action item.
            modal: [should have, "shouldn't have", should not have, "should've", could have, "could've",
                    ought to have]
            terms: [failed to, neglected to, forgot to, "didn't notice", did not notice, never noticed,
                    "didn't check", did not check, never checked, "didn't follow", did not follow,
                    "didn't verify", did not verify, "didn't test", did not test, "didn't catch",
                    did not catch, "didn't read", did not read, "didn't see", did not see, "didn't realize",
                    did not realize, "didn't realise", ignored the alert, ignored the page, missed the page,
                    missed the alert, slept through, overlooked]
            leading: [if only]
            # Verbs after "should have" that belong to blame.hindsight instead.
            hindsight_verbs: [known, foreseen, anticipated, predicted, expected, realized, realised]
          blame.human-error:
            terms: [human error, human errors, operator error, user error, pilot error, individual error,
                    pebkac, error-makers, the human factor]
            # "reduce human error through automation" describes a safeguard, not a cause.
            safeguard_verbs: [reduce, reduces, reducing, reduced, minimize, minimizes, minimizing, minimise,
                              minimising, eliminate, eliminates, eliminating, prevent, prevents, preventing,
                              avoid, avoids, avoiding, mitigate, mitigates, mitigating, against, lower, lowers,
                              less, fewer, catch, catches, guard, guards, tolerate, tolerates, limit, limits,
                              removes, remove, removing]
          blame.judgment:
            terms: [careless, carelessly, carelessness, sloppy, sloppiness, lazy, laziness, negligent,
                    negligently, negligence, reckless, recklessly, recklessness, incompetent, incompetence,
                    clueless, unskilled, bad practice, bad practices, poor judgment, poor judgement,
                    bad judgment, bad judgement, fat-fingered, fat fingered, fat-finger, fat-fingering,
                    bad decision, stupid, stupidity, dumb mistake, rookie mistake, not paying attention,
                    lack of attention, lack of care, lack of diligence]
            # Technical senses.
            followers: [loading, load, loaded, evaluation, initialization, initialisation, init, iterator,
                        sequence, approach, instantiation, fetch, fetching, mode]
          blame.hindsight:
            terms: [should have known, "should've known", could have known, should have foreseen,
                    should have anticipated, should have predicted, should have realized, should have realised,
                    should have expected, known better, in hindsight, with hindsight, 20/20 hindsight,
                    hindsight is, it was obvious that, it should have been obvious, should have been obvious,
                    should have been clear, should never have happened]
          blame.condescension:
            terms: [obviously, clearly, simply, of course, trivially, everyone knows, any engineer would,
                    any competent engineer, a skillful engineer would]
            # These three judge on their own, whoever the subject.
            unconditional: [everyone knows, any engineer would, any competent engineer, a skillful engineer would]
          blame.self:
            terms: [my fault, my mistake, my bad, i screwed up, i messed up, i broke, i blew it,
                    i take full responsibility, "i'm to blame", i am to blame, we screwed up, we messed up,
                    our fault, "i won't make that mistake again", i should have known better]
          blame.question:
            terms: [whose fault, who broke, who caused, who pushed, who approved, who deployed, who merged,
                    who did this, who is responsible, "who's responsible", who was responsible, who is to blame,
                    "who's to blame", who was to blame, who dropped the ball, who forgot, who missed]
            # Fine in a relative clause ("the engineer who pushed the fix"); these always ask for a culprit.
            unconditional: [whose fault, who is to blame, "who's to blame", who was to blame, who dropped the ball]
          blame.punitive:
            terms: [reprimand, reprimanded, reprimanding, disciplinary, disciplinary action, written up,
                    punished, punishment, punish, wake-up call, wake up call, scapegoat, scapegoated,
                    performance improvement plan]
            # Only about a person: "the alert fired" and "the instance was terminated" are facts.
            person_terms: [fired, terminated, disciplined, let go, demoted, suspended, removed from rotation,
                           removed from the rotation, removed from the on-call rotation,
                           removed from on-call, held accountable, accountable, sacked]
          blame.try-harder:
            terms: [be more careful, more careful, be careful, pay more attention, paying more attention,
                    pay closer attention, be more vigilant, more vigilant, try harder, more discipline,
                    "don't do that again", do not do that again, think twice]
            # Only with a person as object: "retrain the model" is machine learning.
            object_terms: [remind, reminding, retrain, retraining, re-train, re-training]
            # Try-harder only when a person does it ("the script double-checks" is a safeguard).
            person_terms: [double-check, double check, double-checking, triple-check]
        """#
}
