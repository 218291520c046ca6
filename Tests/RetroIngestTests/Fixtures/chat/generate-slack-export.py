#!/usr/bin/env python3
"""Writes a synthetic Slack export for timing `retro inspect` (not used by the tests).

usage: generate-slack-export.py OUT_DIR [MESSAGES]   (default 100000 messages)
Five channels, one day file per channel per day, threads, edits, reactions, bot attachments
and mrkdwn markup, so that every code path of the parser runs.
"""
import json, os, random, sys

out = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
random.seed(7)
users = [{"id": f"U{i:05d}", "name": f"user{i}", "real_name": f"User Number {i}", "profile": {"display_name": f"u{i}"}} for i in range(200)]
channels = [{"id": f"C{i:05d}", "name": f"inc-{2000 + i}", "created": 1736467000, "members": []} for i in range(5)]
os.makedirs(out, exist_ok=True)
json.dump(users, open(os.path.join(out, "users.json"), "w"))
json.dump(channels, open(os.path.join(out, "channels.json"), "w"))
start = 1736467200
per_day = 2000
days = {}
for n in range(total):
    channel = channels[n % 5]
    seconds = start + n * 4
    ts = f"{seconds}.{n % 1000000:06d}"
    user = users[n % 200]["id"]
    text = f"step {n}: <@{users[(n * 7) % 200]['id']}> check <https://grafana.example.com/d/{n}|dashboard> &amp; logs :fire: in <#{channel['id']}|{channel['name']}>"
    message = {"type": "message", "user": user, "ts": ts, "text": text}
    if n % 10 == 1:
        message["thread_ts"] = f"{seconds - 4}.{(n - 1) % 1000000:06d}"
    if n % 17 == 0:
        message["edited"] = {"user": user, "ts": ts}
    if n % 13 == 0:
        message["reactions"] = [{"name": "eyes", "users": [user], "count": 1}]
    if n % 50 == 0:
        message = {"type": "message", "subtype": "bot_message", "bot_id": "B1", "username": "PagerBot", "ts": ts, "text": "",
                   "attachments": [{"fallback": f"Alert {n}", "title": f"Alert {n} firing", "text": "error rate > 5%"}]}
    day = (seconds - start) // 86400
    days.setdefault((channel["name"], day), []).append(message)
for (name, day), messages in days.items():
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    y, m, d = 2025, 1, 10 + day
    while d > 31:
        d -= 31; m += 1
    json.dump(messages, open(os.path.join(folder, f"{y:04d}-{m:02d}-{d:02d}.json"), "w"), indent=1)
print(f"wrote {total} messages in {len(days)} day files to {out}")
