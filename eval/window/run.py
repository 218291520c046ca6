#!/usr/bin/env python3
"""Scores retro's derived incident window against truth retro did not produce.

    python3 eval/window/run.py .build/debug/retro

For each evaluation incident (eval/window/incidents/<name>/) the truth is `truth.json`, written by
make_incidents.py from its scenario parameters. For each sample (samples/<name>/) the truth is the
window written by hand in its incident.yaml: the sample is copied to a temporary folder with its
`window:` block removed, so retro has to derive every milestone (and once more without the
hand-written `timeline:` too, reported apart since its events carry the window's times). Prints, per incident, the error in
seconds of each milestone and of the impact period (started to mitigated), and whether it meets the
target: started, mitigated and resolved within 5 minutes; detected and acknowledged within 60 s.
Exits 1 when any target is missed, 2 when retro fails on an incident.
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
MILESTONES = ["started", "detected", "acknowledged", "mitigated", "resolved"]
TARGET = {"started": 300, "detected": 60, "acknowledged": 60, "mitigated": 300, "resolved": 300, "impact": 300}


def parse(text):
    if text is None:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def strip_window(yaml_text, key="window"):
    """The incident file without its top-level `key:` block, and the block's `name: value` lines."""
    lines = yaml_text.splitlines(keepends=True)
    out, window, inside = [], {}, False
    for line in lines:
        if re.match(rf"^{key}:\s*$", line):
            inside = True
            continue
        if inside:
            if line.startswith((" ", "\t")):
                m = re.match(r"^\s+(\w+):\s*(\S+)", line)
                if m:
                    window[m.group(1)] = m.group(2)
                continue
            if line.strip() == "" or line.lstrip().startswith("#"):
                continue
            inside = False
        out.append(line)
    return "".join(out), window


def run_timeline(binary, incident):
    begin = time.monotonic()
    proc = subprocess.run([binary, "timeline", str(incident), "--json"], capture_output=True, text=True)
    elapsed = time.monotonic() - begin
    if proc.returncode != 0:
        raise RuntimeError(f"{incident}: retro exited {proc.returncode}: {proc.stderr.strip()[:400]}")
    return json.loads(proc.stdout), elapsed


def score(name, truth, derived, elapsed):
    rows, misses = [], 0
    for m in MILESTONES:
        t, d = parse(truth.get(m)), parse(derived.get(m))
        if t is None:
            rows.append((m, "no truth", "", ""))
            continue
        if d is None:
            rows.append((m, "missing", f"{TARGET[m]} s", "MISS"))
            misses += 1
            continue
        err = (d - t).total_seconds()
        ok = abs(err) <= TARGET[m]
        misses += 0 if ok else 1
        rows.append((m, f"{err:+.0f} s", f"{TARGET[m]} s", "ok" if ok else "MISS"))
    ts, tm, ds, dm = (parse(truth.get("started")), parse(truth.get("mitigated")), parse(derived.get("started")), parse(derived.get("mitigated")))
    if None not in (ts, tm, ds, dm):
        err = (dm - ds).total_seconds() - (tm - ts).total_seconds()
        ok = abs(err) <= TARGET["impact"]
        misses += 0 if ok else 1
        rows.append(("impact period", f"{err:+.0f} s", f"{TARGET['impact']} s", "ok" if ok else "MISS"))
    else:
        rows.append(("impact period", "missing", f"{TARGET['impact']} s", "MISS"))
        misses += 1
    print(f"{name}  ({elapsed:.2f} s)")
    for label, err, target, verdict in rows:
        print(f"  {label:<14} {err:>10}   target ±{target:<6} {verdict}")
    return misses


def main():
    if len(sys.argv) != 2:
        print("usage: run.py RETRO-BINARY", file=sys.stderr)
        return 2
    binary = str(Path(sys.argv[1]).resolve())
    total_misses, scored = 0, 0
    try:
        for folder in sorted((HERE / "incidents").iterdir()):
            truth = json.loads((folder / "truth.json").read_text())
            derived, elapsed = run_timeline(binary, folder / "incident.yaml")
            total_misses += score(f"eval/{folder.name}", truth["window"], derived["window"], elapsed)
            scored += 1
            if truth.get("first_report"):
                found = [e["at"] for e in derived.get("events", []) if e.get("text", "").startswith("First customer report:")]
                err = f"{(parse(found[0]) - parse(truth['first_report'])).total_seconds():+.0f} s" if found else "missing"
                print(f"  {'first report':<14} {err:>10}   (reported, no target)")
        for folder in sorted((REPO / "samples").iterdir()):
            source = folder / "incident.yaml"
            if not source.exists():
                continue
            text, window = strip_window(source.read_text())
            # Also without the hand-written timeline, whose events carry the same times: only the
            # chat, alerts and metrics are left. Reported, not counted against the targets.
            raw, _ = strip_window(text, "timeline")
            for variant, body in [("", text), (" (sources only, no hand-written timeline)", raw)]:
                with tempfile.TemporaryDirectory() as tmp:
                    copy = Path(tmp) / folder.name
                    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("retro-out"))
                    (copy / "incident.yaml").write_text(body)
                    derived, elapsed = run_timeline(binary, copy / "incident.yaml")
                missed = score(f"sample/{folder.name}{variant}", window, derived["window"], elapsed)
                if not variant:
                    total_misses += missed
                    scored += 1
    except (RuntimeError, json.JSONDecodeError) as error:
        print(f"run.py: {error}", file=sys.stderr)
        return 2
    print(f"{scored} incidents, {total_misses} targets missed")
    return 1 if total_misses else 0


if __name__ == "__main__":
    sys.exit(main())
