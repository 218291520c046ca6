#!/usr/bin/env python3
"""Runs the benchmark scenarios and writes bench/results.md (called by `make bench`).

usage: run.py BIN DATA_DIR OUT_MD [--sizes "10k 100k 1M"] [--runs 5]

`--sizes ""` runs only the lint and followups scenarios (and the chart one when its data is there).

Each scenario runs once as a warm-up, then RUNS times under `/usr/bin/time -v`; the table gives
the median, min and max wall time, throughput from the median, and the largest peak RSS seen.
`retro build` runs with RETRO_TIMINGS=1, which prints its phase times to stderr.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument("bin")
parser.add_argument("data")
parser.add_argument("out")
parser.add_argument("--sizes", default="10k 100k 1M")
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()
COUNTS = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
CMARK = ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]


def timed(command, env=None):
    """One run: (wall seconds, peak RSS in MB, stderr text)."""
    full = ["/usr/bin/time", "-v"] + command
    done = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, **(env or {})})
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    hours, minutes, seconds = wall.groups()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), rss / 1024, done.stderr


def scenario(command, runs=None, env=None):
    """Warm-up plus `runs` timed runs: dict with walls, rss, and the median phase times if printed."""
    timed(command, env)
    walls, rss, phases = [], 0.0, {}
    for _ in range(runs or args.runs):
        wall, peak, err = timed(command, env)
        walls.append(wall)
        rss = max(rss, peak)
        for name, value in re.findall(r"(\w+)=([\d.]+)", " ".join(re.findall(r"retro-timings: (.*)", err))):
            phases.setdefault(name, []).append(float(value))
    return {"median": statistics.median(walls), "min": min(walls), "max": max(walls), "rss": rss,
            "phases": {k: statistics.median(v) for k, v in phases.items()}}


def startup(command, runs=50):
    """Start-up: `runs` runs after three warm-ups, each timed from process creation to exit with
    time.perf_counter (/usr/bin/time reports only hundredths of a second); peak RSS from one run
    under /usr/bin/time. Same dict as scenario()."""
    for _ in range(3):
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
    _, rss, _ = timed(command)
    return {"median": statistics.median(walls), "min": min(walls), "max": max(walls), "rss": rss, "phases": {}, "runs": runs}


def row(name, r, throughput):
    return f"| {name} | {r['median']:.3f} | {r['min']:.3f} | {r['max']:.3f} | {throughput} | {r['rss']:.0f} |"


def proselint_version():
    shown = subprocess.run(["pip", "show", "proselint"], capture_output=True, text=True).stdout
    return next((l.split(":", 1)[1].strip() for l in shown.splitlines() if l.startswith("Version:")), "?")


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    load = open("/proc/loadavg").read().split()[:3]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip() or "?"
    return [f"- CPU: {cpu}, {os.cpu_count()} cores; memory {mem} MB; {platform.platform()}",
            f"- {swift[0] if swift else 'swift ?'}; cmark-gfm {subprocess.run(['cmark-gfm', '--version'], capture_output=True, text=True).stdout.split()[1]}",
            f"- proselint {proselint_version()} (PyPI)",
            f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; commit {commit}; load average at start {' '.join(load)}",
            f"- {args.runs} timed runs per scenario after one warm-up; wall time in seconds; peak RSS in MB "
            f"(`/usr/bin/time -v`, largest of the runs)"]


header = "| scenario | median s | min s | max s | throughput | peak RSS MB |\n|---|---|---|---|---|---|"
lines = ["# Benchmark results", "", "Written by `make bench` (bench/run.py). Regenerate with `make bench-data bench`.", ""]
lines += machine()
out_dir = tempfile.mkdtemp(prefix="retro-bench-")

lines += ["", "## retro build and retro inspect (Slack export + 20-series Prometheus file)", "",
          "`retro build INCIDENT -o DIR --force` (the default: the internal retrospective in Markdown and HTML and "
          "the customer summary, each linted; timeline limits at their defaults); `retro inspect EXPORT --json`. "
          "The machine is shared with other work, so single runs can stray by tens of percent; compare medians.", "",
          header]
phase_lines = ["", "Phase split of `retro build` (median seconds, from `RETRO_TIMINGS=1`):", "",
               "| messages | ingest | assemble | render | write | lint |", "|---|---|---|---|---|---|"]
builds = {}
for size in args.sizes.split():
    folder = os.path.join(args.data, f"slack-{size}")
    n = COUNTS[size]
    runs = args.runs if n < 1_000_000 else max(2, args.runs // 2)
    build = scenario([args.bin, "build", os.path.join(folder, "incident.yaml"), "-o", out_dir, "--force"],
                     runs, {"RETRO_TIMINGS": "1"})
    lines.append(row(f"build {size}", build, f"{n / build['median']:,.0f} msg/s"))
    if size == "100k":
        # The same build with every event and chatter message in the document (an 18 MB Markdown file).
        full = scenario([args.bin, "build", os.path.join(folder, "incident.yaml"), "-o", out_dir, "--force",
                         "--timeline-limit", "all", "--chatter-limit", "all"], max(2, runs // 2), {"RETRO_TIMINGS": "1"})
        lines.append(row(f"build {size}, no timeline limits", full, f"{n / full['median']:,.0f} msg/s"))
    p = build["phases"]
    phase_lines.append(f"| {size} | " + " | ".join(f"{p.get(k, 0):.3f}" for k in ("ingest", "assemble", "render", "write", "lint")) + " |")
    inspect = scenario([args.bin, "inspect", os.path.join(folder, "exports", "slack"), "--json"], runs)
    lines.append(row(f"inspect --json {size}", inspect, f"{n / inspect['median']:,.0f} msg/s"))
    builds[size] = build
    print("\n".join(lines[-2:]), flush=True)
lines += phase_lines
if "100k" in builds:
    b = builds["100k"]
    lines += ["", "Targets:", "",
              f"- build 100k under 2 s wall: {b['median']:.2f} s, **{'met' if b['median'] < 2 else 'missed'}**",
              f"- build 100k under 500 MB peak RSS: {b['rss']:.0f} MB, **{'met' if b['rss'] < 500 else 'missed'}**"]
    if "1M" in builds:
        ratio = builds["1M"]["median"] / b["median"]
        lines.append(f"- build 1M within 12x of 100k: {ratio:.1f}x, **{'met' if ratio <= 12 else 'missed'}**")

# Exports shaped like real incident channels (bench/make_realistic_export.py), each against a floor
# measured in the same run: Python reading the same day files with json.load and doing nothing else.
FLOOR = ("import glob, json, sys\n"
         "n = 0\n"
         "for path in sorted(glob.glob(sys.argv[1] + '/*/*.json')):\n"
         "    with open(path, 'rb') as f: n += len(json.load(f))\n"
         "print(n)")
realistic = [(f"realistic {size}", os.path.join(args.data, f"realistic-{size}"), COUNTS[size]) for size in args.sizes.split()]
realistic.append(("mentions 100k", os.path.join(args.data, "mentions-100k"), 100_000))
real_rows, real_targets, real_builds = [], [], {}
for name, folder, n in realistic:
    if not os.path.isdir(folder):
        continue
    incident = os.path.join(folder, "incident.yaml")
    runs = args.runs if n < 1_000_000 else max(2, args.runs // 2)
    floor = scenario(["python3", "-c", FLOOR, os.path.join(folder, "exports", "slack")], runs)
    build = scenario([args.bin, "build", incident, "-o", out_dir, "--force"], runs, {"RETRO_TIMINGS": "1"})
    internal = scenario([args.bin, "build", incident, "-o", out_dir, "--force", "--audience", "internal"], runs)
    redact = scenario([args.bin, "build", incident, "-o", out_dir, "--force", "--redact", "all"], runs)
    real_builds[name] = build
    customer_share = max(build["median"] - internal["median"], 0) / build["median"]
    real_rows += [row(f"json.load floor, {name}", floor, f"{n / floor['median']:,.0f} msg/s"),
                  row(f"build {name}", build, f"{build['median'] / floor['median']:.1f}x the floor"),
                  row(f"build {name} --audience internal", internal, f"customer summary {customer_share:.0%} of the build"),
                  row(f"build {name} --redact all", redact, f"{redact['median'] / build['median']:.2f}x the plain build")]
    p = build["phases"]
    real_targets.append((name, n, build, floor, redact, customer_share))
    print("\n".join(real_rows[-4:]), flush=True)
if real_rows:
    lines += ["", "## retro build on exports shaped like real incident channels", "",
              "`bench/make_realistic_export.py`: Slack's full message objects (blocks, user profiles, team ids), 30% "
              "of messages with mentions, 10% with links, 5% with pasted logs up to 5 KB, bot alert cards, file shares, "
              "threads, reactions, edits and joins; the `mentions` profile mentions someone in every message. The floor "
              "is `python3 -c 'json.load'` over the same day files, measured in the same run.", "", header] + real_rows
    lines += ["", "Targets:", ""]
    for name, n, build, floor, redact, share in real_targets:
        ratio = build["median"] / floor["median"]
        if name == "realistic 100k":
            lines.append(f"- {name}: {build['median']:.2f} s, {ratio:.1f}x the floor (target <= 2x and < 2 s: "
                         f"**{'met' if ratio <= 2 and build['median'] < 2 else 'missed'}**)")
        if name == "mentions 100k":
            lines.append(f"- {name}: {build['median']:.2f} s (target < 1 s: **{'met' if build['median'] < 1 else 'missed'}**)")
        if name == "realistic 1M":
            base = real_builds.get("realistic 100k")
            growth = build["median"] / base["median"] if base else float("nan")
            lines.append(f"- {name}: {build['median']:.1f} s, {build['rss']:.0f} MB, {growth:.1f}x the 100k build (target < 15 s, "
                         f"< 1 GB, <= 11x: **{'met' if build['median'] < 15 and build['rss'] < 1024 and growth <= 11 else 'missed'}**)")
        lines.append(f"- {name} `--redact all`: {redact['median'] / build['median']:.2f}x the plain build (target <= 1.5x: "
                     f"**{'met' if redact['median'] <= 1.5 * build['median'] else 'missed'}**); customer summary {share:.0%} "
                     f"of the build (target < 5%: **{'met' if share < 0.05 else 'missed'}**)")

chart_incident = os.path.join(args.data, "chart-20x10000", "incident.yaml")
if os.path.isfile(chart_incident):
    chart = scenario([args.bin, "build", chart_incident, "-o", out_dir, "--force",
                      "--audience", "internal"],
                     env={"RETRO_TIMINGS": "1"})
    p = chart["phases"]
    lines += ["", "## Chart and analysis: 20 series x 10,000 points", "",
              "`retro build` of an incident with 20 x 10,000 points and 100 chat messages; analysis runs in the assemble "
              "phase, charts in the render phase.", "", header,
              row("build 20x10000", chart, f"ingest {p.get('ingest', 0):.3f} s, assemble {p.get('assemble', 0):.3f} s, render {p.get('render', 0):.3f} s")]
    print(lines[-1], flush=True)

corpus = os.path.join(args.data, "corpus-50mb.md")
slice_ = os.path.join(args.data, "corpus-1mb.md")
empty = os.path.join(args.data, "empty.md")
mb = os.path.getsize(corpus) / 1e6
slice_mb = os.path.getsize(slice_) / 1e6
lint = scenario([args.bin, "lint", corpus, "--format", "json"])
cmark = scenario(CMARK + [corpus])
lint_one = scenario([args.bin, "lint", corpus, "--format", "json"], env={"RETRO_THREADS": "1"})
lint_small = scenario([args.bin, "lint", slice_, "--format", "json"])
lint_empty = startup([args.bin, "lint", empty, "--format", "json"])
# proselint 0.16 keeps no result cache, so every run does the full work.
prose = scenario(["proselint", "check", slice_], runs=3)
# proselint stops at 1,000 findings by default; uncapped, it reads the whole slice.
uncapped = os.path.join(out_dir, "proselint-uncapped.json")
with open(uncapped, "w") as f:
    f.write('{"max_errors": 100000000}')
prose_all = scenario(["proselint", "check", "--config", uncapped, slice_], runs=3)
prose_empty = startup(["proselint", "check", empty], runs=10)
retro_rate = mb / lint["median"]
cmark_rate = mb / cmark["median"]
prose_rate = slice_mb / prose["median"]
prose_net = slice_mb / max(prose["median"] - prose_empty["median"], 1e-3)
retro_small_net = slice_mb / max(lint_small["median"] - lint_empty["median"], 1e-3)
lines += ["", f"## retro lint ({mb:.1f} MB corpus; proselint on a {slice_mb:.2f} MB slice of it)", "", header,
          row("retro lint 50 MB (two threads)", lint, f"{retro_rate:.1f} MB/s"),
          row("retro lint 50 MB, RETRO_THREADS=1", lint_one, f"{mb / lint_one['median']:.1f} MB/s"),
          row("cmark-gfm -e table,strikethrough,autolink,tagfilter,tasklist 50 MB", cmark, f"{cmark_rate:.1f} MB/s"),
          row("retro lint 1 MB slice", lint_small, f"{slice_mb / lint_small['median']:.1f} MB/s"),
          row(f"retro lint empty file (startup, {lint_empty['runs']} runs)", lint_empty, "-"),
          row("proselint check 1 MB slice", prose, f"{prose_rate:.3f} MB/s"),
          row(f"proselint check empty file (startup, {prose_empty['runs']} runs)", prose_empty, "-"),
          row("proselint check 1 MB slice, uncapped (max_errors raised)", prose_all, f"{slice_mb / prose_all['median']:.3f} MB/s"),
          "", "Ratios:", "",
          f"- retro lint / cmark-gfm on 50 MB: **{retro_rate / cmark_rate:.2f}x** (target >= 0.5x: "
          f"**{'met' if retro_rate / cmark_rate >= 0.5 else 'missed'}**)",
          f"- retro lint (50 MB) / proselint (1 MB slice, wall including startup): **{retro_rate / prose_rate:.0f}x** (target >= 100x: "
          f"**{'met' if retro_rate / prose_rate >= 100 else 'missed'}**); cmark-gfm alone / proselint: {cmark_rate / prose_rate:.0f}x",
          f"- per-MB cost without startup (median minus the empty-file median), both on the 1 MB slice: retro "
          f"{retro_small_net:.1f} MB/s, proselint {prose_net:.3f} MB/s: **{retro_small_net / prose_net:.0f}x**",
          f"- retro lint (50 MB) / proselint uncapped (1 MB slice): **{retro_rate / (slice_mb / prose_all['median']):.0f}x** "
          f"(target >= 100x: **{'met' if retro_rate / (slice_mb / prose_all['median']) >= 100 else 'missed'}**)",
          f"- start-up of one `retro lint` call on an empty file: median {lint_empty['median'] * 1000:.1f} ms of "
          f"{lint_empty['runs']} runs (min {lint_empty['min'] * 1000:.1f}, max {lint_empty['max'] * 1000:.1f}; target < 10 ms: "
          f"**{'met' if lint_empty['median'] < 0.010 else 'missed'}**)"]
real_corpus = os.path.join(args.data, "corpus-real-50mb.md")
if os.path.isfile(real_corpus):
    real_mb = os.path.getsize(real_corpus) / 1e6
    lint_real = scenario([args.bin, "lint", real_corpus, "--format", "json"])
    cmark_real = scenario(CMARK + [real_corpus])
    ratio = (real_mb / lint_real["median"]) / (real_mb / cmark_real["median"])
    lines += ["", f"Real incident reviews (the shared corpus's Markdown documents repeated to {real_mb:.0f} MB):", "", header,
              row("retro lint, real incident reviews", lint_real, f"{real_mb / lint_real['median']:.1f} MB/s"),
              row("cmark-gfm, real incident reviews", cmark_real, f"{real_mb / cmark_real['median']:.1f} MB/s"),
              "", f"- retro lint / cmark-gfm on real incident reviews: **{ratio:.2f}x** (target >= 0.5x: "
              f"**{'met' if ratio >= 0.5 else 'missed'}**); peak {lint_real['rss']:.0f} MB (target < 300 MB: "
              f"**{'met' if lint_real['rss'] < 300 else 'missed'}**)"]
followups = os.path.join(args.data, "followups-10000")
if os.path.isdir(followups):
    fu = scenario([args.bin, "followups", followups, "--json"])
    lines += ["", "## retro followups across 10,000 incident files", "", header,
              row("followups --json, 10,000 incident files", fu, f"{10000 / fu['median']:,.0f} files/s"),
              "", f"- target < 3 s: **{'met' if fu['median'] < 3 else 'missed'}**"]
print("\n".join(lines[-10:]), flush=True)
shutil.rmtree(out_dir, ignore_errors=True)
with open(args.out, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {args.out}")
