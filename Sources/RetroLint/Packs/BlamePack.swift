/// The built-in blame vocabulary: word classes for subject detection and each blame rule's
/// phrase lists. Data only; the matching is in `Rules/`.
enum BlamePack {
    static let yaml = #"""
        # A word ending in "~" stands for every form of that verb ("forget~ to": forget, forgets,
        # forgot, forgotten, forgetting to); "~adj" for an adjective with its adverb and noun
        # ("sloppy~adj": sloppy, sloppily, sloppiness).
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
                  owner, owners, approver, approvers, tester, testers, analyst, analysts, architect,
                  validator, validators, sysadmin, sysadmins, contributor, contributors]
          # Capitalised words that start sentences but are not people.
          non_person: [this, that, it, which, there, validation, monitoring, alerting, deployment, rollout,
                       ci, cd, job, script, system, service, check, test, tests, pipeline, config,
                       configuration, automation, tooling, review, process, nothing, something, everything,
                       one, each, both, all, such, these, those, what, here, then, also, and, but, or, so,
                       however, otherwise, ideally, instead, perhaps, maybe, still, "yes", "no", if, when, while,
                       because, since, although, though, once, after, before, until, why, how, where, our,
                       their, its, his, her, my, your, docker, kubernetes, terraform, github, gitlab,
                       prometheus, grafana, nginx, postgres, postgresql, redis, kafka, linux, aws, gcp,
                       azure, cloudflare, slack, pagerduty, helm, ansible, chef, puppet, jira, january, february, march,
                       april, may, june, july, august, september, october, november, december, monday, tuesday,
                       wednesday, thursday, friday, saturday, sunday, do, does, did, please, remember, let, try, make,
                       git, npm, python, java, swift, rust, ruby, perl, bash, systemd, cron, openssl, ssh, mysql, mongodb]
          # Words that may sit between a subject and its verb.
          adverbs: [also, just, simply, clearly, obviously, really, never, still, then, actually, probably,
                    definitely, certainly, surely, apparently, immediately, quickly, accidentally, again,
                    already, either, also, somehow, unfortunately, all, both, responsible, involved,
                    first, even, ever, instead, perhaps, maybe, "n't", not]
          auxiliaries: [was, were, been, be, being, is, are, has, have, had, got, get, gets, will, would, keep, keeps, kept,
                        should, must, may, might, "'s", "'re", "'ve"]
          # Irregular past participles; regular ones end in -ed.
          participles: [known, caught, seen, done, been, taken, given, written, run, gone, thrown, shown,
                        broken, chosen, spoken, understood, built, sent, spent, kept, found, told, read,
                        set, put, made, thought, brought, paid, held, let, rolled, foreseen, gotten, took, did, ran, wrote,
                        blew, blown, forgot, forgotten, broke, slept]
        rules:
          blame.counterfactual:
            # Followed by a past participle ("should have caught"); "should have alerting" is an action item.
            # A bare modal reads on over adjuncts to its "have": "should really have", "could have easily".
            modal: [should have, "shouldn't have", should not have, "should've", could have, "could've",
                    ought to have, ought not to have, ought not have, should, "shouldn't", should not, could,
                    ought to, ought not to, ought not]
            # Omissions ("didn't check", "missed the alert") belong to blame.omission.
            terms: [fail~ to, neglect~ to, forget~ to, sleep~ through]
            leading: [if only]
            # "I wish I had tested": a person and a past verb follow.
            wish: [i wish, we wish]
            # "if we had pinned …": a person and a past perfect follow.
            conditional: [if]
            # Verbs after "should have" that belong to blame.hindsight instead.
            hindsight_verbs: [known, foreseen, anticipated, predicted, expected, realized, realised]
            # "This should never have happened": about an event, not a person's conduct.
            event_verbs: [happened, occurred, arisen, existed, come, gotten, got]
          blame.human-error:
            terms: [human error, human errors, operator error, user error, pilot error, individual error,
                    pebkac, error-makers, the human factor]
            # "reduce human error through automation" describes a safeguard, not a cause.
            safeguard_verbs: [reduce, reduces, reducing, reduced, minimize, minimizes, minimizing, minimise,
                              minimising, eliminate, eliminates, eliminating, prevent, prevents, preventing,
                              avoid, avoids, avoiding, mitigate, mitigates, mitigating, against, lower, lowers,
                              less, fewer, catch, catches, guard, guards, tolerate, tolerates, limit, limits,
                              removes, remove, removing]
          blame.omission:
            # With a person as subject: "I missed the warning".
            # "forgot to", "neglected to" are blame.counterfactual's.
            terms: [missed, ignore~, overlook~, neglect~, forget~]
            # "we missed the SLO" reports an outcome, not an omission.
            outcomes: [slo, slos, sla, slas, target, targets, deadline, deadlines, objective, objectives, budget, window]
            # With an evaluative word, a diligence verb or a named person: "did not review closely enough".
            negated: [did not, "didn't", never, had not, "hadn't", were not, "weren't", was not, "wasn't"]
            evaluative: [enough, closely, carefully, properly, adequately, sufficiently, thoroughly, eye, diligence,
                         attention, best, prepared, vigilant, attentive, careful]
            diligence_verbs: [catch~, notice~, check~, test~, verify~, review~, read~, follow~, monitor~, spot~,
                              validate~, confirm~, double-check~, look~, realize~, realise~]
            # A named person's omission blames unless the verb is one of these.
            neutral_verbs: [see, have, know, need, want, find, get, receive, hear, expect, exist, happen, affect,
                            use, work, seem, appear, think, like, mean, require, change, break, mind, go, come]
          blame.error-noun:
            terms: [mistake, mistakes, oversight, oversights, blunder, blunders, slip-up, slip-ups, lapse, lapses,
                    goof, goof-up, screw-up, screw-ups]
            idioms: [drop~ the ball]
            # A slip with a person as subject ("I mistakenly ran it against production"); "the cache
            # mistakenly served stale data" and "was accidentally deleted" are facts about a system.
            slips: [mistakenly, accidentally, inadvertently, unintentionally, erroneously, unwittingly, by accident]
            # Read backwards from the noun: the cause or a past verdict ("is a common mistake" is generic).
            frames: [due to, caused by, result of, because of, blamed on, was, were, made]
            owner_after: [on my part, on our part, on his part, on her part, on their part, on your part, of mine, of ours]
            # "oversight board": supervision, not a slip.
            supervision: [board, committee, body, bodies, role, roles, function, responsibilities, responsibility]
          blame.judgment:
            terms: [careless~adj, sloppy~adj, lazy, laziness, negligent~adj, negligence, reckless~adj, incompetent~adj,
                    incompetence, clueless, unskilled, bad practice, bad practices, poor judgment, poor judgement,
                    bad judgment, bad judgement, fat-fingered, fat fingered, fat-finger, fat-fingering,
                    bad decision, stupid~adj, stupidity, dumb mistake, rookie mistake, not paying attention,
                    lack of attention, lack of care, lack of diligence, overzealous~adj, over-zealous, hurriedly, hasty~adj,
                    in a haste, in haste, misguided, irresponsible~adj, poor decision, poor decisions, idiot, idiots,
                    idiotic, moron, morons, foolish~adj,
                    wrong decision, bad decisions, bad call, poor call, wrong call, bad choice, poor choice, wrong choice]
            # Followed by a decision or a person within two words.
            negated_praise: [not the best, not the right, not a good, not a great, not a strong, not a very good,
                             not the smartest, not the wisest, "wasn't the best", "wasn't the right", "wasn't a good",
                             "wasn't a great", "wasn't a strong", "isn't a good", "isn't a strong", "weren't the best"]
            judged_nouns: [solution, decision, choice, idea, approach, call, plan, move, option, fix, practice, practices]
            # A negation read on over adjuncts: "wasn't really the best call", "not exactly a good idea".
            negators: [not, "wasn't", "weren't", "isn't", "aren't"]
            praise: [best, right, good, great, strong, smart, smartest, wise, wisest, ideal, brightest]
            # A verdict adjective with a decision noun within two words: "a bad engineering decision".
            verdicts: [bad, poor, wrong, terrible, awful, questionable, dumb, silly]
            # Not "call": "fix wrong method call" is code.
            verdict_nouns: [decision, decisions, choice, choices, judgment, judgement]
            # Technical senses.
            followers: [loading, load, loaded, evaluation, initialization, initialisation, init, iterator,
                        sequence, approach, instantiation, fetch, fetching, mode, continuation, import, imports, default]
          blame.hindsight:
            terms: [should have known, "should've known", could have known, should have foreseen,
                    should have anticipated, should have predicted, should have realized, should have realised,
                    should have expected, known better, anyone would have, anybody would have, any engineer would have,
                    in hindsight, with hindsight, 20/20 hindsight,
                    hindsight is, it was obvious that, it should have been obvious, should have been obvious,
                    should have been clear, should never have happened]
          blame.condescension:
            terms: [obviously, clearly, simply, of course, trivially, everyone knows, any engineer would,
                    any competent engineer, a skillful engineer would]
            # These three judge on their own, whoever the subject.
            unconditional: [everyone knows, any engineer would, any competent engineer, a skillful engineer would]
          blame.self:
            terms: [my fault, my mistake, my bad, our bad, i broke, i take full responsibility, "i'm to blame", i am to blame,
                    "we're to blame", our fault, my own fault, our own fault, "i won't make that mistake again",
                    i should have known better, silly me, stupid me, dumb me, "i'm an idiot", i am an idiot,
                    i was an idiot, "i'm such an idiot", what an idiot, mea culpa, "that's on me", "that one's on me",
                    "that's on us", my screw-up, my screwup]
            # Idioms of failing, with a person as subject: "I screwed up", "we really messed it up".
            subject_idioms: [screw~ up, screw~ it up, screw~ this up, screw~ things up, mess~ up, mess~ it up,
                             mess~ this up, mess~ things up, blow~ it, goof~ up, goof~, botch~, bungle~, fumble~,
                             "fuck~ up", "fuck~ it up", cock~ up, cock~ it up]
          blame.question:
            terms: [whose fault, who broke, who caused, who pushed, who approved, who deployed, who merged,
                    who did this, who is responsible, "who's responsible", who was responsible, who is to blame,
                    "who's to blame", who was to blame, who dropped the ball, who forgot, who missed,
                    "why didn't anyone", "why didn't anybody", why did no one, why did nobody, "why didn't you",
                    "why didn't we", "why didn't i", what did i do wrong, what did we do wrong, what did you do wrong,
                    what were you thinking, what was i thinking, what were we thinking, what were they thinking,
                    what was he thinking, what was she thinking]
            # "How can you push on Friday and not notice?", "why did nobody check", "how did we not catch it?":
            # why or how, an auxiliary, a person, and a negation on that person's verb.
            interrogatives: [why, how]
            # "Who approved this?": a direct question opening with who and a past verb.
            who: [who]
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
