#!/usr/bin/env python3
"""Scores `retro timeline --json` on the chat evaluation incidents against their truth.json.

Usage: python3 eval/chat/run.py BIN [INCIDENTS_DIR]

A message maps to the event derived from it: the event whose first source is a chat file and whose
time is the message's (every message of an incident has its own second). A message with no
event at its time was left out (kind "none"); an event at the time of no message (alerts,
hand-written events) is not scored. A signal is matched by kind and time: the truth anchors each
signal to one message (the first asking of a question, the second start of a duplicated action,
the handover, the remark). Signal kinds the truth does not cover (monitoring_gap, silence) are
not scored. Held-out incidents are reported apart and left out of the development figures.
"""
import collections
import json
import os
import subprocess
import sys

KINDS = ["detection", "acknowledgement", "escalation", "role", "handover", "hypothesis", "decision", "action",
         "breakthrough", "mitigation", "resolution", "communication", "note"]
KEY_KINDS = ["detection", "mitigation", "resolution", "hypothesis", "decision", "handover"]
SIGNALS = ["unanswered_question", "duplicate_work", "handoff", "blameful_remark"]


def timeline(binary, incident):
    run = subprocess.run([binary, "timeline", incident, "--json"], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{incident}: retro exited {run.returncode}: {run.stderr.strip()}")
    return json.loads(run.stdout)


def score(binary, folders):
    pairs, signal_hits, misses = [], collections.Counter(), []
    signal_true, signal_found = collections.Counter(), collections.Counter()
    for folder in folders:
        truth = json.load(open(os.path.join(folder, "truth.json"), encoding="utf-8"))
        got = timeline(binary, os.path.join(folder, "incident.yaml"))
        by_time = {}
        for event in got["events"]:
            # Derived from chat: its first source is a chat file. An alert event that folded in a
            # bot's echo of it keeps the alert log as its first source, so the echo scores as left out.
            # Paths are relative to the incident file ("alerts/pagerduty.json").
            if event["sources"] and not ("/" + event["sources"][0]["file"]).count("/alerts/"):
                by_time.setdefault(event["at"], event["kind"])
        for m in truth["messages"]:
            predicted = by_time.get(m["at"], "none")
            pairs.append((m["kind"], predicted))
            if predicted != m["kind"]:
                misses.append(f"  {truth['incident']} {m['at'][11:19]} truth={m['kind']} retro={predicted}: {m['text'][:90]}")
        expected = {(s["kind"], s["at"]) for s in truth["signals"]}
        found = {(s["kind"], s["at"]) for s in got["signals"] if s["kind"] in SIGNALS}
        for kind, _ in expected:
            signal_true[kind] += 1
        for kind, at in found:
            signal_found[kind] += 1
            if (kind, at) in expected:
                signal_hits[kind] += 1
            else:
                text = next(s["text"] for s in got["signals"] if s["kind"] == kind and s["at"] == at)
                misses.append(f"  {truth['incident']} {at[11:19]} false {kind}: {text[:100]}")
        for kind, at in expected - found:
            misses.append(f"  {truth['incident']} {at[11:19]} missed {kind}")
    return pairs, signal_hits, signal_true, signal_found, misses


def ratio(a, b):
    return a / b if b else float("nan")


def report(title, binary, folders, verbose):
    pairs, hits, true, found, misses = score(binary, folders)
    print(f"== {title}: {len(folders)} incidents, {len(pairs)} messages")
    print(f"{'kind':16} {'n':>4} {'prec':>6} {'recall':>6} {'F1':>6}")
    for kind in KINDS:
        tp = sum(1 for t, p in pairs if t == kind and p == kind)
        n = sum(1 for t, _ in pairs if t == kind)
        predicted = sum(1 for _, p in pairs if p == kind)
        if not n and not predicted:
            continue
        p, r = ratio(tp, predicted), ratio(tp, n)
        # A kind never predicted (or never true) has no precision (or recall); its F1 is 0.
        f1 = 2 * p * r / (p + r) if tp else 0.0
        mark = " *" if kind in KEY_KINDS else ""
        print(f"{kind:16} {n:4} {p:6.2f} {r:6.2f} {f1:6.2f}{mark}")
    accuracy = ratio(sum(1 for t, p in pairs if t == p), len(pairs))
    print(f"message accuracy {accuracy:.2f} (* = key kind)")
    print(f"{'signal':20} {'n':>4} {'found':>5} {'prec':>6} {'recall':>6}")
    for kind in SIGNALS:
        print(f"{kind:20} {true[kind]:4} {found[kind]:5} {ratio(hits[kind], found[kind]):6.2f} {ratio(hits[kind], true[kind]):6.2f}")
    confusion = collections.Counter((t, p) for t, p in pairs if t != p)
    print("confusion (truth -> retro: count):", ", ".join(f"{t}->{p}: {c}" for (t, p), c in confusion.most_common(12)) or "none")
    if verbose:
        print("\n".join(misses))
    print()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    base = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "incidents")
    verbose = os.environ.get("VERBOSE") == "1"
    folders = sorted(os.path.join(base, d) for d in os.listdir(base) if os.path.isfile(os.path.join(base, d, "truth.json")))
    truths = {f: json.load(open(os.path.join(f, "truth.json"), encoding="utf-8")) for f in folders}
    held = [f for f in folders if truths[f]["held_out"]]
    development = [f for f in folders if f not in held]
    original = [f for f in development if truths[f].get("original", True)]
    if len(original) < len(development):
        report("chat: original development set", binary, original, verbose)
    report("chat: development set", binary, development, verbose)
    # Each held-out incident apart: none was tuned on, and each was written at another time.
    for folder in held:
        report(f"chat: held out ({truths[folder]['incident']})", binary, [folder], verbose and os.environ.get("HELD_OUT_MISSES") == "1")


if __name__ == "__main__":
    main()
