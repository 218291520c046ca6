#!/usr/bin/env python3
"""Writes the chat evaluation incidents into eval/chat/incidents/<name>/ with their truth.

Every incident is a script in scenarios.py; this file renders it in the export format that
incident uses (Slack Web API pages, Mattermost bulk export, DiscordChatExporter JSON, Teams Graph
channel messages, a plain text log), writes an alert log when the incident has one, an
incident.yaml, and truth.json: each message's kind and the true signals, taken from the script
alone. retro's output is never read here.

Usage: python3 eval/chat/make_incidents.py [OUT_DIR]
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenarios import EXTRA, HELD_OUT, INCIDENTS  # noqa: E402
from scenarios_more import CACHE, EXPORTS, EXTRA_MORE, THUMBS  # noqa: E402

ORIGINAL = [incident["name"] for incident in INCIDENTS]
INCIDENTS = INCIDENTS + [CACHE, EXPORTS, THUMBS]
EXTRA = {**EXTRA, **EXTRA_MORE}
HELD_OUT = HELD_OUT | {"thumb-oom"}

UTC = dt.timezone.utc


def instants(incident):
    """Each message's instant; clocks that go backwards roll over midnight."""
    day = dt.date.fromisoformat(incident["day"])
    out, last = [], None
    for clock, *_ in incident["messages"]:
        h, m, s = (int(x) for x in clock.split(":"))
        at = dt.datetime(day.year, day.month, day.day, h, m, s, tzinfo=UTC)
        if last is not None and at < last:
            day += dt.timedelta(days=1)
            at += dt.timedelta(days=1)
        out.append(at)
        last = at
    return out


def iso(at, offset=None):
    if offset is not None:
        return at.astimezone(dt.timezone(dt.timedelta(hours=offset))).isoformat(timespec="milliseconds")
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def alert_instant(incident, clock):
    day = dt.date.fromisoformat(incident["day"])
    h, m, s = (int(x) for x in clock.split(":"))
    at = dt.datetime(day.year, day.month, day.day, h, m, s, tzinfo=UTC)
    first = instants(incident)[0]
    if at < first - dt.timedelta(hours=12):
        at += dt.timedelta(days=1)
    return at


class Row:
    def __init__(self, incident, index, at):
        clock, who, text, kind, opts = incident["messages"][index]
        self.index, self.at, self.text, self.kind, self.opts = index, at, text, kind, opts
        self.bot = who.startswith("bot:")
        self.who = who
        self.label = opts.get("label")
        self.thread = opts.get("thread")
        self.relay = opts.get("channel") == "relay"
        if self.bot:
            self.name = who[4:]
            self.user_id = "B" + "".join(c for c in self.name.upper() if c.isalnum())[:8]
            self.handle = self.name.lower().replace(" ", "-")
        else:
            self.user_id, self.name, self.handle, _ = incident["people"][who]


def seconds(clock, first):
    h, m, s = (int(x) for x in clock.split(":"))
    value = h * 3600 + m * 60 + s
    return value + 86400 if value < first - 12 * 3600 else value


def with_extra(incident):
    """The script with its side talk merged in by time (a clock past midnight sorts after the day)."""
    first = seconds(incident["messages"][0][0], 0)
    merged = incident["messages"] + EXTRA.get(incident["name"], [])
    return dict(incident, messages=sorted(merged, key=lambda m: seconds(m[0], first)))


def rows_of(incident):
    return [Row(incident, i, at) for i, at in enumerate(instants(incident))]


# ---------------------------------------------------------------------------------- formats
def slack_api(incident, rows, out):
    ts = {r.label: f"{r.at.timestamp():.6f}" for r in rows if r.label}

    def message(r):
        text = r.text
        for who in r.opts.get("mentions", []):
            uid, _, handle, _ = incident["people"][who]
            text = text.replace("@" + handle, f"<@{uid}>").replace("@" + who, f"<@{uid}>")
        m = {"type": "message", "ts": f"{r.at.timestamp():.6f}"}
        if r.bot:
            m.update({"subtype": "bot_message", "bot_id": r.user_id, "username": r.name, "text": "",
                      "attachments": [{"fallback": text, "text": text, "color": "#d00000"}]})
        else:
            m.update({"user": r.user_id, "text": text, "team": "T0SHOP"})
        if r.thread:
            m["thread_ts"] = ts[r.thread]
            m["parent_user_id"] = next(x.user_id for x in rows if x.label == r.thread)
        return m

    def pages(selected, name, cid):
        top = [r for r in selected if not r.thread]
        history = {"ok": True, "messages": [message(r) for r in reversed(top)], "has_more": False,
                   "pin_count": 0, "channel_actions_ts": None, "channel_actions_count": 0,
                   "response_metadata": {"next_cursor": ""}}
        for m in history["messages"]:
            replies = [r for r in selected if r.thread and ts[r.thread] == m["ts"]]
            if replies:
                m["thread_ts"], m["reply_count"] = m["ts"], len(replies)
                m["latest_reply"] = f"{replies[-1].at.timestamp():.6f}"
        result = [history]
        for parent in history["messages"]:
            replies = [r for r in selected if r.thread and ts[r.thread] == parent["ts"]]
            if replies:
                result.append({"ok": True, "messages": [parent] + [message(r) for r in replies], "has_more": False})
        return result

    main = [r for r in rows if not r.relay]
    relay = [r for r in rows if r.relay]
    files = [("history-main.json", pages(main, incident["channel"], "C0MAIN"))]
    if relay:
        files.append(("history-relay.json", pages(relay, incident["relay"], "C0RELAY")))
    for name, data in files:
        write_json(os.path.join(out, "chat", name), data)
    return [f"chat/{name}" for name, _ in files]


def mattermost(incident, rows, out):
    lines = [{"type": "version", "version": 1},
             {"type": "team", "team": {"name": "payments", "display_name": "Payments", "type": "I"}}]
    for ch in [incident["channel"], incident["relay"]]:
        lines.append({"type": "channel", "channel": {"team": "payments", "name": ch, "display_name": ch, "type": "P"}})
    for uid, name, handle, _ in incident["people"].values():
        first, last = name.split(" ", 1)
        lines.append({"type": "user", "user": {"username": handle, "email": f"{handle}@example.com", "first_name": first,
                                               "last_name": last, "nickname": "", "roles": "system_user"}})

    def post(r):
        p = {"user": r.handle if not r.bot else "webhook-bot", "message": r.text, "create_at": int(r.at.timestamp() * 1000),
             "edit_at": 0, "type": "", "flagged_by": None, "reactions": None, "is_pinned": False, "attachments": None}
        if r.bot:
            p["props"] = {"from_webhook": "true", "override_username": r.name}
        return p

    for r in rows:
        if r.thread:
            continue
        p = post(r)
        p.update({"team": "payments", "channel": incident["relay"] if r.relay else incident["channel"]})
        replies = [post(x) for x in rows if x.thread == r.label and r.label]
        p["replies"] = list(reversed(replies)) if replies else None  # exports do not sort replies
        lines.append({"type": "post", "post": p})
    path = os.path.join(out, "chat", "import.jsonl")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return ["chat/import.jsonl"]


def discord(incident, rows, out):
    snow = {r.label: str(1259000000000000000 + r.index * 7919) for r in rows if r.label}

    def message(r):
        m = {"id": str(1259000000000000000 + r.index * 7919), "type": "Default", "timestamp": iso(r.at, offset=9),
             "timestampEdited": None, "callEndedTimestamp": None, "isPinned": False,
             "content": "" if r.bot else r.text,
             "author": {"id": r.user_id, "name": r.handle, "discriminator": "0000", "nickname": r.name, "color": None,
                        "isBot": r.bot, "roles": [], "avatarUrl": "https://cdn.discordapp.com/embed/avatars/0.png"},
             "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": [], "inlineEmojis": []}
        if r.bot:
            m["embeds"] = [{"title": r.name, "url": None, "timestamp": None, "description": r.text, "color": "#E74C3C",
                            "thumbnail": None, "images": [], "fields": [], "inlineEmojis": []}]
        if r.thread:
            m["type"] = "Reply"
            m["reference"] = {"messageId": snow[r.thread], "channelId": "9001", "guildId": "9000"}
        for who in r.opts.get("mentions", []):
            uid, name, handle, _ = incident["people"][who]
            m["mentions"].append({"id": uid, "name": handle, "discriminator": "0000", "nickname": name, "isBot": False})
        return m

    files = []
    for suffix, ch, selected in [("main", incident["channel"], [r for r in rows if not r.relay]),
                                 ("relay", incident["relay"], [r for r in rows if r.relay])]:
        if not selected:
            continue
        doc = {"guild": {"id": "9000", "name": "Studio Ops", "iconUrl": ""},
               "channel": {"id": "9001" if suffix == "main" else "9002", "type": "GuildTextChat", "categoryId": "77",
                           "category": "live-ops", "name": ch, "topic": None},
               "dateRange": {"after": None, "before": None}, "exportedAt": iso(rows[-1].at, offset=9),
               "messages": [message(r) for r in selected], "messageCount": len(selected)}
        write_json(os.path.join(out, "chat", f"{suffix}.json"), doc)
        files.append(f"chat/{suffix}.json")
    return files


def teams_graph(incident, rows, out):
    ids = {r.label: str(int(r.at.timestamp() * 1000)) for r in rows if r.label}

    def message(r):
        mid = str(int(r.at.timestamp() * 1000))
        body, mentions = r.text, []
        for n, who in enumerate(r.opts.get("mentions", [])):
            uid, name, handle, _ = incident["people"][who]
            body = body.replace("@" + handle, f'<at id="{n}">{name.split()[0]}</at>')
            mentions.append({"id": n, "mentionText": name.split()[0],
                             "mentioned": {"user": {"id": uid, "displayName": name, "userIdentityType": "aadUser"}}})
        body = "<p>" + body.replace("&", "&amp;").replace("&amp;amp;", "&amp;") + "</p>"
        if r.bot:
            sender = {"application": {"id": r.user_id, "displayName": r.name, "applicationIdentityType": "office365Connector"},
                      "device": None, "user": None}
        else:
            sender = {"application": None, "device": None,
                      "user": {"id": r.user_id, "displayName": r.name, "userIdentityType": "aadUser"}}
        return {"id": mid, "replyToId": ids[r.thread] if r.thread else None, "etag": mid, "messageType": "message",
                "createdDateTime": iso(r.at), "lastModifiedDateTime": iso(r.at), "lastEditedDateTime": None,
                "deletedDateTime": None, "subject": None, "summary": None, "chatId": None, "importance": "normal",
                "locale": "en-us", "webUrl": None, "policyViolation": None, "eventDetail": None, "from": sender,
                "body": {"contentType": "html", "content": body}, "channelIdentity": {"teamId": "team-it-ops",
                "channelId": "19:relay@thread.tacv2" if r.relay else "19:major@thread.tacv2"},
                "attachments": [], "mentions": mentions, "reactions": []}

    files = []
    for suffix, selected in [("main", [r for r in rows if not r.relay]), ("relay", [r for r in rows if r.relay])]:
        if not selected:
            continue
        doc = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#teams('team-it-ops')/channels('19%3Amajor')/messages",
               "@odata.count": len(selected), "value": [message(r) for r in reversed(selected)]}
        write_json(os.path.join(out, "chat", f"{suffix}.json"), doc)
        files.append(f"chat/{suffix}.json")
    return files


def plain_chat(incident, rows, out):
    zone = dt.timezone(dt.timedelta(hours=-5))  # America/Chicago in September (CDT)
    lines = [f"{r.at.astimezone(zone).strftime('%Y-%m-%d %H:%M:%S')} {r.handle}: {r.text}" for r in rows]
    path = os.path.join(out, "chat", "war-room.log")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return ["chat/war-room.log"]


def zulip(incident, rows, out):
    """A Zulip REST `GET /messages` answer: one stream, the incident's topic and a comms topic."""
    people = incident["people"]

    def message(r):
        body = r.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        for who in r.opts.get("mentions", []):
            uid, name, handle, _ = people[who]
            body = body.replace("@" + handle, f'<span class="user-mention" data-user-id="{uid}">@{name}</span>')
        email = (r.handle + "-bot@zulip.example.com") if r.bot else (r.handle + "@example.com")
        return {"id": 9100 + r.index, "sender_id": int(r.user_id) if r.user_id.isdigit() else 900 + r.index,
                "sender_full_name": r.name, "sender_email": email, "timestamp": int(r.at.timestamp()),
                "content": f"<p>{body}</p>", "content_type": "text/html", "display_recipient": "ops",
                "subject": incident["relay"] if r.relay else incident["channel"], "type": "stream", "flags": ["read"],
                "reactions": [], "is_me_message": False}

    doc = {"result": "success", "msg": "", "found_anchor": False, "found_newest": True, "found_oldest": True,
           "anchor": 0, "messages": [message(r) for r in rows]}
    write_json(os.path.join(out, "chat", "messages.json"), doc)
    return ["chat/messages.json"]


WRITERS = {"zulip": zulip, "slack-api": slack_api, "mattermost": mattermost, "discord": discord, "teams-graph": teams_graph,
           "plain-chat": plain_chat}


def pagerduty(incident, out):
    entries = []
    for n, (clock, kind, summary, agent) in enumerate(incident["alerts"]):
        at = alert_instant(incident, clock)
        e = {"id": f"R{n:04d}{incident['id'].replace('-', '')}", "type": kind,
             "summary": {"trigger_log_entry": "Triggered through the API", "acknowledge_log_entry": f"Acknowledged by {agent}",
                         "resolve_log_entry": "Resolved by timeout"}.get(kind, kind),
             "created_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "agent": {"type": "user_reference", "summary": agent} if agent else {"type": "service_reference", "summary": incident["service"]},
             "channel": {"type": "api", "summary": summary} if summary else {"type": "web_ui"},
             "service": {"id": "PSVC1", "type": "service_reference", "summary": incident["service"]},
             "incident": {"id": "Q" + incident["id"].replace("-", ""), "type": "incident_reference", "summary": incident["alert_title"]}}
        entries.append(e)
    write_json(os.path.join(out, "alerts", "pagerduty.json"), {"log_entries": list(reversed(entries)), "limit": 100, "offset": 0, "more": False})
    return "alerts/pagerduty.json"


def incident_yaml(incident, chat_files, alerts):
    fmt = incident["format"]
    lines = ["schema: retro/v1", f"id: {incident['id']}", f"title: {incident['title']}", "severity: SEV2", "status: draft",
             f"timezone: {incident['timezone']}", "people:"]
    for uid, name, handle, roles in incident["people"].values():
        lines.append(f"  - {{id: '{uid}', name: {json.dumps(name)}, roles: [{', '.join(roles)}]}}")
    lines.append("sources:")
    lines.append("  chat:")
    for path in chat_files:
        extra = f", tz: {incident['timezone']}" if fmt == "plain-chat" else ""
        lines.append(f"    - {{path: {path}, format: {fmt}{extra}}}")
    if alerts:
        lines.append("  alerts:")
        lines.append(f"    - {{path: {alerts}}}")
    return "\n".join(lines) + "\n"


def truth(incident, rows):
    by_label = {r.label: r for r in rows if r.label}
    signals = []
    for kind, label in incident["signals"]:
        signals.append({"kind": kind, "at": iso(by_label[label].at), "label": label})
    return {"incident": incident["name"], "format": incident["format"], "held_out": incident["name"] in HELD_OUT,
            "original": incident["name"] in ORIGINAL,
            "mapping": "a message is the event whose 'at' equals the message's time (each message has its own second)",
            "messages": [{"at": iso(r.at), "kind": r.kind, "bot": r.bot, "text": r.text, **({"label": r.label} if r.label else {})} for r in rows],
            "signals": signals}


def write_json(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "incidents")
    total = 0
    for incident in map(with_extra, INCIDENTS):
        out = os.path.join(base, incident["name"])
        rows = rows_of(incident)
        assert len({r.at for r in rows}) == len(rows), f"{incident['name']}: two messages share a second"
        chat_files = WRITERS[incident["format"]](incident, rows, out)
        alerts = pagerduty(incident, out) if incident["alerts"] else None
        with open(os.path.join(out, "incident.yaml"), "w", encoding="utf-8") as f:
            f.write(incident_yaml(incident, chat_files, alerts))
        write_json(os.path.join(out, "truth.json"), truth(incident, rows))
        total += len(rows)
        print(f"{incident['name']}: {len(rows)} messages ({incident['format']})")
    print(f"{total} messages in {len(INCIDENTS)} incidents")


if __name__ == "__main__":
    main()
