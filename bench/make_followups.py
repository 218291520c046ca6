#!/usr/bin/env python3
"""Writes N incident files with follow-ups into a folder, for the `retro followups` benchmark.

usage: make_followups.py OUT_DIR N
Each file is a small, valid retro/v1 incident with four follow-ups, as a team's postmortem folder holds.
"""
import os
import sys

out, count = sys.argv[1], int(sys.argv[2])
teams = ["Payments SRE", "Search", "Platform", "Edge", "Data", "Identity"]
statuses = ["open", "in_progress", "done", "wont_do"]
for n in range(count):
    folder = os.path.join(out, f"{2020 + n % 6}", f"inc-{n:05d}")
    os.makedirs(folder, exist_ok=True)
    follow_ups = "".join(f"""
  - id: FU{k + 1}
    title: Follow-up {k + 1} of incident {n}, alerting on saturation of pool {k}
    owner: {teams[(n + k) % len(teams)]}
    due: 2026-{1 + (n + k) % 12:02d}-{1 + (n * 7 + k) % 28:02d}
    status: {statuses[(n + k) % 4]}
    tracker: https://tracker.example.com/OPS-{n * 4 + k}
    addresses: [CF1]""" for k in range(4))
    with open(os.path.join(folder, "incident.yaml"), "w") as f:
        f.write(f"""schema: retro/v1
id: INC-{n:05d}
title: Checkout errors in region {n % 5}
severity: SEV{2 + n % 3}
status: reviewed
timezone: Europe/Berlin
window:
  started: 2026-03-14T09:02:00Z
  resolved: 2026-03-14T11:07:00Z
impact:
  summary: Card payments failed for some customers.
contributing_factors:
  - id: CF1
    category: technical
    title: Pool size unchanged since the last sizing
follow_ups:{follow_ups}
""")
print(f"wrote {count} incident files to {out}")
