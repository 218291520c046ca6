#!/usr/bin/env python3
"""Writes a benchmark incident whose Slack export is shaped like a real incident channel's.

usage: make_realistic_export.py OUT_DIR MESSAGES [--profile realistic|mentions] [--seed N]

What makes it realistic, measured against exports of real incident channels rather than chosen
for convenience:
- every message carries what Slack's exporter writes beside the text: `blocks` (rich text that
  repeats the text), `user_profile`, `client_msg_id`, team ids;
- 30% of messages mention someone (`<@U…>`), 10% carry a link, 5% paste logs or code of up to
  5 KB, 2% share a file (with the file object), 3% are bot alert posts with attachments, fields
  and blocks (their texts repeat, as alert texts do), some are joins; threads with reply
  metadata, reactions and edits throughout;
- chat texts are composed from a vocabulary of responder phrasing with ids, numbers and times, so
  that, as in real channels, almost no two human messages are the same.
The `mentions` profile mentions one to three people in every message (a channel of pings).
The same arguments always give the same bytes. One message every 3 seconds over five channels.
"""
import argparse
import datetime
import json
import os
import random
import re

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("messages", type=int)
parser.add_argument("--profile", choices=["realistic", "mentions"], default="realistic")
parser.add_argument("--seed", type=int, default=11)
args = parser.parse_args()
rng = random.Random(args.seed)

START = 1767949200  # 2026-01-09T09:00:00Z
STEP = 3
TEAM = "T04Q8KZ3D"
FIRST = ["Dana", "Sam", "Priya", "Jonas", "Mei", "Kwame", "Lucía", "Tomasz", "Aiko", "Ravi", "Ines", "Oluwaseun",
         "Chloé", "Mateo", "Hana", "Björn", "Zainab", "Ethan", "Noor", "Yusuf"]
LAST = ["Ortiz", "Okoye", "Raman", "Becker", "Chen", "Mensah", "García", "Nowak", "Tanaka", "Iyer", "Silva",
        "Adeyemi", "Dubois", "Rossi", "Kim", "Lund", "Haddad", "Walsh", "Aziz", "Demir"]
users = []
for i in range(300):
    first, last = FIRST[i % 20], LAST[(i * 7) % 20]
    users.append({"id": f"U0{i:04d}K{i % 9}Q", "team_id": TEAM, "name": f"{first.lower()}.{last.lower()}{i}",
                  "real_name": f"{first} {last}", "deleted": False,
                  "profile": {"display_name": f"{first.lower()}{i}", "real_name": f"{first} {last}",
                              "title": rng.choice(["SRE", "Backend", "Support", "Eng Manager", "DBA", ""])}})
channels = [{"id": f"C0{i:04d}ZX", "name": name, "created": START - 86400, "members": [u["id"] for u in users[:40]]}
            for i, name in enumerate(["inc-4821-checkout", "inc-4821-comms", "support-escalations", "ops-alerts", "eng-oncall"])]

SERVICES = ["checkout-api", "payments-gw", "ledger-writer", "search-indexer", "edge-proxy", "session-store",
            "fraud-score", "cart-svc", "notif-worker", "pg-primary-eu1", "redis-cache-03", "kafka-broker-2"]
OPENERS = ["ok so", "hmm", "fwiw", "quick update:", "afaict", "looks like", "I think", "not sure but", "confirmed,",
           "heads up", "+1,", "so", "yeah", "update:", "re the above,", "btw", "wait", "ah", "right,", "for context"]
OBSERVATIONS = ["p99 on {svc} is at {ms}ms", "error ratio on {svc} went from {a}% to {b}%", "{svc} pods are crashlooping ({n} restarts)",
                "the {svc} canary looks fine", "seeing {n} 5xx/s on {svc} from {region}", "{svc} connection pool at {n}/{m}",
                "queue lag on {svc} is {n}k messages", "{svc} heap is at {a}%", "dashboards for {svc} show a step at {time}",
                "no errors in {svc} logs since {time}", "{svc} latency back to normal", "{svc} deploy {ver} went out at {time}",
                "customer tickets mentioning {svc} up to {n}", "the replica in {region} is {n}s behind"]
ACTIONS = ["rolling back {svc} to {ver}", "restarting {svc} in {region}", "scaling {svc} to {n} replicas",
           "draining {region} traffic away from {svc}", "bumping the pool size on {svc} to {m}", "paging the {svc} owners",
           "opening a vendor ticket for {svc}", "disabling the feature flag {flag}", "failing over {svc} to {region}",
           "I'll take comms", "running the {svc} runbook step {n}", "pinning {svc} to {ver} for now"]
QUESTIONS = ["can someone check {svc} in {region}?", "did anyone touch {svc} around {time}?", "is {flag} still on?",
             "who owns {svc} these days?", "should we roll back {svc}?", "any idea why {svc} is at {n}%?",
             "do we have a runbook for {svc}?", "is the status page updated?"]
TAILS = ["", "", " will report back", " brb", " (again)", " 🤔", " :eyes:", " — thoughts?", " not confirmed yet",
         " ty", " looking", " in {n} min", ""]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-south-1"]
FLAGS = ["new-pricing-v2", "async-capture", "ledger-batching", "search-rerank", "edge-h3"]
LOG_LINES = ["{ts} ERROR [{svc}] upstream connect error or disconnect/reset before headers. reset reason: overflow",
             "{ts} WARN  [{svc}] pool exhausted: active={n} idle=0 waiting={m} timeout=5000ms",
             "{ts} INFO  [{svc}] GET /v2/orders/{id} 503 {ms}ms trace={trace}",
             "{ts} ERROR [{svc}] java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available",
             "    at com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:{n})",
             "{ts} ERROR [{svc}] context deadline exceeded (Client.Timeout exceeded while awaiting headers) id={id}"]
ALERTS = ["[FIRING:{n}] CheckoutErrorRatioHigh checkout-api (critical)", "[RESOLVED] CheckoutErrorRatioHigh checkout-api",
          "[FIRING:1] PostgresReplicationLag pg-primary-eu1 (warning)", "[FIRING:2] KubePodCrashLooping payments-gw (critical)",
          "[RESOLVED] KubePodCrashLooping payments-gw"]


def fill(template):
    now = START + rng.randrange(0, 7200)
    return template.format(
        svc=rng.choice(SERVICES), ms=rng.randrange(80, 9000), a=rng.randrange(0, 30), b=rng.randrange(1, 60),
        n=rng.randrange(2, 900), m=rng.randrange(16, 512), region=rng.choice(REGIONS), flag=rng.choice(FLAGS),
        ver=f"v{rng.randrange(1, 5)}.{rng.randrange(0, 40)}.{rng.randrange(0, 12)}",
        time=datetime.datetime.fromtimestamp(now, datetime.timezone.utc).strftime("%H:%M"),
        ts=datetime.datetime.fromtimestamp(now, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        id=rng.randrange(10**6, 10**9), trace="%032x" % rng.getrandbits(128))


def mention(k=1):
    return " ".join(f"<@{rng.choice(users)['id']}>" for _ in range(k))


def chat_text(n):
    roll = rng.random()
    body = fill(rng.choice(OBSERVATIONS + ACTIONS + QUESTIONS))
    text = f"{rng.choice(OPENERS)} {body}{fill(rng.choice(TAILS))}"
    if args.profile == "mentions":
        text = f"{mention(rng.randrange(1, 4))} {text}"
    elif roll < 0.30:
        text = f"{mention()} {text}" if rng.random() < 0.6 else f"{text} cc {mention()}"
    if rng.random() < 0.10:
        text += f" <https://grafana.internal.example.com/d/{rng.randrange(100, 999)}/{rng.choice(SERVICES)}?from=now-1h&to=now|dashboard>"
    if rng.random() < 0.05:
        lines = [fill(rng.choice(LOG_LINES)) for _ in range(rng.randrange(3, 50))]
        paste = "\n".join(lines)[:5000]
        text += f"\n```\n{paste}\n```"
    return text


def rich_text_blocks(text):
    """Slack's rich text for a message: runs of text, user elements, links, and pasted code as one
    preformatted element, as the exporter writes them."""
    prose, _, code = text.partition("\n```\n")
    elements = []
    for i, part in enumerate(re.split(r"(<[@h][^>]*>)", prose)):
        if not part:
            continue
        if part.startswith("<@"):
            elements.append({"type": "user", "user_id": part[2:-1]})
        elif part.startswith("<http"):
            url, _, label = part[1:-1].partition("|")
            elements.append({"type": "link", "url": url, "text": label})
        else:
            elements.append({"type": "text", "text": part})
    blocks = [{"type": "rich_text_section", "elements": elements}]
    if code:
        blocks.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code.removesuffix("\n```")}],
                       "border": 0})
    return [{"type": "rich_text", "block_id": "%05x" % rng.getrandbits(20), "elements": blocks}]


def profile_of(user):
    return {"avatar_hash": "g%011x" % rng.getrandbits(44), "image_72": f"https://secure.gravatar.com/avatar/{user['id']}.jpg?s=72",
            "first_name": user["real_name"].split()[0], "real_name": user["real_name"],
            "display_name": user["profile"]["display_name"], "team": TEAM, "name": user["name"],
            "is_restricted": False, "is_ultra_restricted": False}


def human_message(n, ts, user):
    text = chat_text(n)
    message = {"client_msg_id": "%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                                 rng.getrandbits(12), rng.getrandbits(48)),
               "type": "message", "text": text, "user": user["id"], "ts": ts, "blocks": rich_text_blocks(text),
               "team": TEAM, "user_team": TEAM, "source_team": TEAM, "user_profile": profile_of(user)}
    if rng.random() < 0.02:
        name = rng.choice(["screenshot.png", "grafana.png", "heap.hprof.txt", "trace.json", "Screen Shot 2026-01-09 at 10.14.png"])
        message["files"] = [{"id": "F0%08X" % rng.getrandbits(32), "created": int(float(ts)), "name": name, "title": name,
                             "mimetype": "image/png" if name.endswith(".png") else "text/plain",
                             "filetype": name.rsplit(".", 1)[-1], "user": user["id"], "size": rng.randrange(2000, 900000),
                             "url_private": f"https://files.slack.com/files-pri/{TEAM}-F0/{name}",
                             "permalink": f"https://acme-ops.slack.com/files/{user['id']}/F0/{name}"}]
        message["upload"] = True
    if rng.random() < 0.06:
        message["edited"] = {"user": user["id"], "ts": f"{int(float(ts)) + rng.randrange(5, 300)}.000000"}
    if rng.random() < 0.12:
        message["reactions"] = [{"name": rng.choice(["eyes", "+1", "white_check_mark", "pray", "fire"]),
                                 "users": [rng.choice(users)["id"] for _ in range(rng.randrange(1, 4))], "count": 1}]
    return message


def bot_message(ts):
    title = fill(rng.choice(ALERTS))
    return {"type": "message", "subtype": "bot_message", "bot_id": "B02ALERTMGR", "username": "Alertmanager",
            "text": "", "ts": ts,
            "attachments": [{"id": 1, "color": "E01E5A" if "FIRING" in title else "2EB67D", "fallback": title,
                             "title": title, "title_link": "https://alertmanager.internal.example.com/#/alerts",
                             "text": "*Alert:* error ratio above 2% for 5m\n*Description:* checkout-api 5xx ratio is high\n*Runbook:* <https://runbooks.internal.example.com/checkout|runbook>",
                             "fields": [{"title": "severity", "value": "critical", "short": True},
                                        {"title": "cluster", "value": "prod-eu1", "short": True}],
                             "mrkdwn_in": ["text"]}],
            "blocks": [{"type": "section", "block_id": "alert", "text": {"type": "mrkdwn", "text": title}}]}


def write_export(folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "users.json"), "w") as f:
        json.dump(users, f)
    with open(os.path.join(folder, "channels.json"), "w") as f:
        json.dump(channels, f)
    days = {}
    roots = {}
    for n in range(args.messages):
        channel = channels[rng.randrange(5) if rng.random() < 0.4 else 0]
        seconds = START + n * STEP
        ts = f"{seconds}.{rng.randrange(0, 999999):06d}"
        user = rng.choice(users[:60])
        roll = rng.random()
        if roll < 0.03:
            message = bot_message(ts)
        elif roll < 0.035:
            message = {"type": "message", "subtype": "channel_join", "user": user["id"], "ts": ts,
                       "text": f"<@{user['id']}> has joined the channel"}
        else:
            message = human_message(n, ts, user)
            parent = roots.get(channel["id"])
            if parent and rng.random() < 0.25:
                message["thread_ts"] = parent["ts"]
                message["parent_user_id"] = parent.get("user", "")
                parent.setdefault("replies", []).append({"user": user["id"], "ts": ts})
                parent["reply_count"] = len(parent["replies"])
                parent["latest_reply"] = ts
                parent["thread_ts"] = parent["ts"]
            elif rng.random() < 0.2:
                roots[channel["id"]] = message
        day = (seconds - START) // 86400
        days.setdefault((channel["name"], day), []).append(message)
    for (name, day), messages in days.items():
        os.makedirs(os.path.join(folder, name), exist_ok=True)
        date = datetime.datetime.fromtimestamp(START + day * 86400, datetime.timezone.utc).strftime("%Y-%m-%d")
        with open(os.path.join(folder, name, f"{date}.json"), "w") as f:
            json.dump(messages, f, indent=4, ensure_ascii=False)
    return len(days)


def write_metrics(path, span):
    result = []
    points = 2000
    spacing = max(1, span // points)
    for s, region in enumerate(REGIONS * 4):
        values = []
        for p in range(points):
            t = START + p * spacing
            bump = 6 if span * 0.3 < t - START < span * 0.6 else 1
            values.append([t, f"{0.002 * (1 + s % 3) * bump * (0.8 + 0.4 * rng.random()):.6f}"])
        result.append({"metric": {"__name__": "checkout:errors:ratio_rate5m", "region": region, "shard": str(s)}, "values": values})
    with open(path, "w") as f:
        json.dump({"status": "success", "data": {"resultType": "matrix", "result": result}}, f)


def iso(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


span = args.messages * STEP
day_files = write_export(os.path.join(args.out, "exports", "slack"))
os.makedirs(os.path.join(args.out, "metrics"), exist_ok=True)
write_metrics(os.path.join(args.out, "metrics", "error_ratio.json"), span)
with open(os.path.join(args.out, "incident.yaml"), "w") as f:
    f.write(f"""schema: retro/v1
id: BENCH-R{args.messages}
title: Checkout errors for EU customers ({args.profile} channel, {args.messages} messages)
severity: SEV2
status: draft
services: [checkout-api, payments-gw]
timezone: Europe/Berlin
window:
  started: {iso(START + span * 3 // 10)}
  detected: {iso(START + span * 35 // 100)}
  mitigated: {iso(START + span * 6 // 10)}
  resolved: {iso(START + span * 7 // 10)}
impact:
  summary: Checkout failed for some EU customers.
  customer_statement: If you checked out in the EU, your order may have failed.
sources:
  chat:
    - path: exports/slack
      format: slack-export
      workspace_url: https://acme-ops.slack.com
  monitoring:
    - path: metrics/error_ratio.json
      title: Checkout error ratio
      unit: ratio
      slo: {{objective: 0.999, threshold: 0.01, direction: above, period_days: 30}}
""")
print(f"wrote {args.messages} {args.profile} messages in {day_files} day files to {args.out}")
