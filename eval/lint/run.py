"""Score `retro lint` on the labelled postmortems, line by line.

Usage: python3 eval/lint/run.py BIN LABELLED_DIR [--half even|odd] [--quiet]

The scoring is the labelled set's own `tools/score.py` (imported, not re-implemented): a predicted
line is a line where a `blame` finding starts at warning or error; a prediction on a borderline
line counts neither way. Printed: precision, recall, every false positive and every miss, each with
the rule that fired (or the findings reported below warning on a missed line).

`--half` scores one half of the documents (sorted by name, alternating), for checking that a change
made while looking at one half carries over to the other.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys


def load_scorer(labelled):
    tools = os.path.join(labelled, "tools")
    sys.path.insert(0, tools)
    spec = importlib.util.spec_from_file_location("score", os.path.join(tools, "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def findings(binary, path):
    done = subprocess.run([binary, "lint", path, "--format", "json", "--fail-level", "none"],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"retro lint exited {done.returncode} on {path}: {done.stderr.strip()}")
    return json.loads(done.stdout)["diagnostics"]


def half_of(names, half):
    ordered = sorted(names)
    keep = 0 if half == "even" else 1
    return {name for index, name in enumerate(ordered) if index % 2 == keep}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("labelled")
    parser.add_argument("--half", choices=["even", "odd"])
    parser.add_argument("--quiet", action="store_true", help="only the figures")
    args = parser.parse_args()
    labelled = os.path.join(os.path.abspath(args.labelled), "")
    scorer = load_scorer(labelled)
    labels = scorer.load_labels()
    if args.half:
        chosen = half_of(labels, args.half)
        labels = {name: record for name, record in labels.items() if name in chosen}

    predicted, below = {}, {}
    for name in sorted(labels):
        for finding in findings(args.binary, os.path.normpath(labelled + name)):
            if finding.get("category") != "blame":
                continue
            item = f"{finding['rule']} '{finding.get('match', '')}'"
            key = (name, finding["line"])
            target = predicted if finding["severity"] in ("warning", "error") else below
            target.setdefault(key, []).append(item)

    result = scorer.score(predicted, labels)
    scope = f" ({args.half} half: {len(labels)} documents)" if args.half else f" ({len(labels)} documents)"
    print(f"retro lint on {args.labelled}{scope}")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"(TP {result['tp']}, FP {result['fp']}, borderline hits {result['borderline_hits']}, "
          f"blameful lines {result['blameful']}; strict precision {result['precision_strict']:.3f})")
    if args.quiet:
        return

    def text(key):
        lines = open(labelled + key[0], encoding="utf-8").read().split("\n")
        return lines[key[1] - 1].strip()[:150] if key[1] <= len(lines) else ""

    print(f"\nfalse positives ({len(result['fps'])}):")
    for key in result["fps"]:
        print(f"  {key[0]}:{key[1]}  {'; '.join(predicted[key])}\n      | {text(key)}")
    print(f"\nmisses ({len(result['missed'])}):")
    for key in result["missed"]:
        extra = f"  [below warning: {'; '.join(below[key])}]" if key in below else ""
        print(f"  {key[0]}:{key[1]}{extra}\n      | {text(key)}")
    print(f"\nborderline lines flagged ({len(result['bds'])}, count neither way):")
    for key in result["bds"]:
        print(f"  {key[0]}:{key[1]}  {'; '.join(predicted[key])}")


if __name__ == "__main__":
    main()
