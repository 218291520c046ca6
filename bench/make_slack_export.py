#!/usr/bin/env python3
"""Writes a synthetic incident for `make bench`: a Slack export, a Prometheus query_range file and
the incident.yaml that names both, so that `retro build` runs end to end.

usage: make_slack_export.py OUT_DIR MESSAGES [SERIES POINTS] [SEED]

The same arguments always give the same bytes. The export has five channels with one file per
channel per day, threads, edits, reactions, joins, bot alerts with attachments and mrkdwn markup
(mentions, links, channel references, entities, emoji), so that every path of the parser runs.
Messages arrive every 4 seconds, so 10k messages span 11 hours and 1M span 46 days.
"""
import json
import os
import random
import sys

out = sys.argv[1]
total = int(sys.argv[2])
series_count = int(sys.argv[3]) if len(sys.argv) > 3 else 20
points = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
random.seed(int(sys.argv[5]) if len(sys.argv) > 5 else 7)

start = 1736467200  # 2025-01-10T00:00:00Z
step = 4
end = start + total * step
users = [{"id": f"U{i:05d}", "name": f"user{i}", "real_name": f"User Number {i}",
          "profile": {"display_name": f"u{i}"}} for i in range(200)]
channels = [{"id": f"C{i:05d}", "name": f"inc-{2000 + i}", "created": start - 200, "members": []} for i in range(5)]

# Phrases responders write, including ones the timeline classifier picks up.
openers = ["I think", "Looks like", "Confirmed:", "FYI", "Checking whether", "Not sure but", "Update:", "Heads up,"]
subjects = ["the payments-api pool", "checkout latency", "the EU replica", "error ratio", "the canary",
            "queue depth", "the fraud-score call", "db connections", "the processor", "p95 latency"]
verbs = ["is climbing again", "looks normal now", "went back to baseline", "is saturated",
         "dropped after the rollback", "spiked at the top of the hour", "is still flapping", "recovered"]
actions = ["rolling back payments-api to 4.18.1", "deployed the fix to the canary", "restarted the pods",
           "failed over to the secondary acquirer", "opened a ticket with the vendor", "paging the DB on-call",
           "status page updated", "I'll take incident command", "mitigated: error ratio under 1%",
           "can someone check the pool metrics?", "who owns the fraud-score integration?"]


def text_for(n, channel):
    mention = users[(n * 7) % 200]["id"]
    kind = n % 6
    if kind == 0:
        return f"{random.choice(actions)} <@{mention}>"
    if kind == 1:
        return f"{random.choice(openers)} {random.choice(subjects)} {random.choice(verbs)} " \
               f"<https://grafana.example.com/d/{n % 977}|dashboard> &amp; logs :fire:"
    if kind == 2:
        return f"see <#{channel['id']}|{channel['name']}> and `kubectl get pods -n payments` *{random.choice(subjects)}*"
    if kind == 3:
        return "```\npool=primary wait_ms=5000 active=64 idle=0 pending=%d\n```" % (n % 300)
    if kind == 4:
        return f"{random.choice(subjects).capitalize()} {random.choice(verbs)}; {random.choice(actions)}."
    return f"> {random.choice(subjects)} {random.choice(verbs)}\nagreed, ~{random.choice(subjects)}~ is fine"


def write_export(folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "users.json"), "w") as f:
        json.dump(users, f)
    with open(os.path.join(folder, "channels.json"), "w") as f:
        json.dump(channels, f)
    days = {}
    for n in range(total):
        channel = channels[n % 5]
        seconds = start + n * step
        ts = f"{seconds}.{n % 1000000:06d}"
        user = users[(n * 31) % 200]["id"]
        message = {"type": "message", "user": user, "ts": ts, "text": text_for(n, channel)}
        if n % 10 == 1 and n > 5:
            parent = seconds - 5 * step
            message["thread_ts"] = f"{parent}.{(n - 5) % 1000000:06d}"
        if n % 17 == 0:
            message["edited"] = {"user": user, "ts": f"{seconds + 30}.000000"}
        if n % 13 == 0:
            message["reactions"] = [{"name": "eyes", "users": [user], "count": 1}]
        if n % 50 == 0:
            message = {"type": "message", "subtype": "bot_message", "bot_id": "B1", "username": "PagerBot", "ts": ts,
                       "text": "", "attachments": [{"fallback": f"Alert {n}", "title": f"CheckoutErrorRatioHigh #{n} firing",
                                                    "text": "error rate > 5% for 5m"}]}
        elif n % 499 == 0:
            message = {"type": "message", "subtype": "channel_join", "user": user, "ts": ts,
                       "text": f"<@{user}> has joined the channel"}
        day = (seconds - start) // 86400
        days.setdefault((channel["name"], day), []).append(message)
    for (name, day), messages in days.items():
        os.makedirs(os.path.join(folder, name), exist_ok=True)
        date = f"2025-{1 + (9 + day) // 31:02d}-{1 + (9 + day) % 31:02d}"  # Jan 10 onwards, 31-day months
        with open(os.path.join(folder, name, f"{date}.json"), "w") as f:
            json.dump(messages, f, indent=1)
    return len(days)


def write_metrics(path):
    result = []
    spacing = max(1, (end - start) // points)
    for s in range(series_count):
        base = 0.001 * (1 + s % 5)
        values = []
        for p in range(points):
            t = start + p * spacing
            bump = 8 if (end - start) * 0.3 < t - start < (end - start) * 0.6 else 1
            values.append([t, f"{base * bump * (0.8 + 0.4 * random.random()):.6f}"])
        result.append({"metric": {"__name__": "checkout:errors:ratio_rate5m", "region": f"r{s}"}, "values": values})
    with open(path, "w") as f:
        json.dump({"status": "success", "data": {"resultType": "matrix", "result": result}}, f)


def iso(seconds):
    import datetime
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


span = end - start
day_files = write_export(os.path.join(out, "exports", "slack"))
os.makedirs(os.path.join(out, "metrics"), exist_ok=True)
write_metrics(os.path.join(out, "metrics", "error_ratio.json"))
with open(os.path.join(out, "incident.yaml"), "w") as f:
    f.write(f"""schema: retro/v1
id: BENCH-{total}
title: Synthetic incident with {total} chat messages
severity: SEV2
status: draft
services: [checkout, payments-api]
timezone: Europe/Berlin
window:
  started: {iso(start + span * 3 // 10)}
  detected: {iso(start + span * 35 // 100)}
  mitigated: {iso(start + span * 6 // 10)}
  resolved: {iso(start + span * 7 // 10)}
impact:
  summary: Card payments failed for some EU customers.
sources:
  chat:
    - path: exports/slack
      format: slack-export
      workspace_url: https://bench.slack.com
  monitoring:
    - path: metrics/error_ratio.json
      title: Checkout error ratio
      unit: ratio
      slo: {{objective: 0.999, threshold: 0.005, direction: above, period_days: 30}}
""")
print(f"wrote {total} messages in {day_files} day files and {series_count} x {points} points to {out}")
