#!/usr/bin/env python3
"""Counts what each real input file holds, computed from the raw bytes without retro.

For every file of the shared corpus (../shared/corpus), every fixture under
Tests/RetroIngestTests/Fixtures and every source of the samples/ incidents, this prints one JSON entry: the number of chat messages, alert
events or data points (and annotations) the file holds, and the first and last time among them;
or "refused" for a file that holds none of these (a users.json, an error response, a file that is
invalid on purpose). RetroIngestTests/CorpusCountTests compares retro's parse of each file with
this output exactly, so a parser that starts dropping, merging or misdating records fails a test.

The rules below come from each format's own documentation (see reference/FORMATS.md), not from
retro's code:
- chat times are UTC ISO-8601 with milliseconds; data point times are epoch milliseconds;
- text logs carry no zone and are read as UTC; a line without a date takes the file name's date;
- Prometheus text timestamps are milliseconds, OpenMetrics timestamps are seconds; a sample
  without a timestamp is placed at epoch 0 (retro's documented fallback without --scrape-time);
- a Slack message edit (`message_changed`) is the edited message, a `message_deleted` event is not
  a message; Alertmanager re-sends the same alert (same labels and fingerprint and startsAt) on
  every repeat interval, which is one trigger, plus one resolve once its status is `resolved`.

Usage: python3 tools/corpus_counts.py > Tests/RetroIngestTests/Fixtures/corpus-counts.json
"""
import csv
import io
import json
import math
import os
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
FIXTURES = os.path.join(ROOT, "Tests", "RetroIngestTests", "Fixtures")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class Refused(Exception):
    """The file holds no records of the kind its format promises."""


# ---------------------------------------------------------------------------------------- times

ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$")


def iso_ms(text, default_zone=timezone.utc):
    """Epoch milliseconds of an ISO-8601 time; fractions past milliseconds are cut, not rounded."""
    m = ISO.match(text.strip())
    if not m:
        raise ValueError(text)
    y, mo, d, h, mi, s, frac, zone = m.groups()
    ms = int((frac or "0")[:3].ljust(3, "0"))
    local = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    if zone is None:
        offset = timedelta(0)
    elif zone in ("Z", "z"):
        offset = timedelta(0)
    else:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    seconds = (local - datetime(1970, 1, 1)).total_seconds() - offset.total_seconds()
    return int(seconds) * 1000 + ms


def ms_to_iso(ms):
    t = EPOCH + timedelta(milliseconds=ms)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)


def slack_ts_ms(ts):
    whole, _, frac = ts.partition(".")
    return int(whole) * 1000 + int((frac + "000")[:3])


def records(kind, times, skipped=None):
    """The entry of a chat or alert file: how many records, the first and last time, the skips."""
    if not times:
        raise Refused("no messages" if kind == "chat" else "no alert events")
    entry = {"kind": kind, "count": len(times), "first": ms_to_iso(min(times)), "last": ms_to_iso(max(times))}
    if skipped is not None:
        entry["skipped"] = skipped
    return entry


def chat(times, skipped=None):
    return records("chat", times, skipped)


def alerts(times, skipped=None):
    return records("alerts", times, skipped)


def metrics(series, annotations=0):
    """`series` is a list of point-time lists."""
    points = [t for s in series for t in s]
    if not points and not annotations:
        raise Refused("no data points")
    entry = {"kind": "metrics", "count": len(points), "series": len(series)}
    if points:
        entry["first"] = min(points)
        entry["last"] = max(points)
    if annotations:
        entry["annotations"] = annotations
    return entry


def load(path):
    with open(path, "rb") as f:
        return json.loads(f.read().decode("utf-8-sig"))


# ----------------------------------------------------------------------------------------- chat

def slack_messages(items):
    times = []
    for m in items:
        if not isinstance(m, dict) or not isinstance(m.get("ts"), str):
            continue
        if m.get("subtype") == "message_deleted":
            continue
        times.append(slack_ts_ms(m["ts"]))
    return times


def slack_api(path):
    data = load(path)
    if isinstance(data, dict) and "messages" in data:
        if data.get("ok") is False:
            raise Refused("error response")
        items = data["messages"]
    elif isinstance(data, list):
        items = data
    elif isinstance(data, dict) and "ts" in data:
        items = [data]
    else:
        raise Refused("not messages")
    # slackdump keeps thread replies inside their parent.
    flat = []
    for m in items:
        flat.append(m)
        flat.extend(m.get("slackdump_thread_replies") or [])
    return chat(slack_messages(flat))


def slack_export_files(names, read):
    """`names` are the archive's paths; day files are CHANNEL/YYYY-MM-DD.json."""
    times = []
    for name in names:
        parts = name.split("/")
        if len(parts) >= 2 and re.fullmatch(r"\d{4}-\d{2}-\d{2}\.json", parts[-1]):
            times += slack_messages(json.loads(read(name).decode("utf-8-sig")))
    return chat(times)


def slack_export_folder(path):
    names = []
    for folder, _, files in os.walk(path):
        for f in files:
            names.append(os.path.relpath(os.path.join(folder, f), path))
    return slack_export_files(names, lambda n: open(os.path.join(path, n), "rb").read())


def slack_export_zip(path):
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if not n.endswith("/")]
        return slack_export_files(names, z.read)


def teams(path):
    data = load(path)
    items = data.get("value", data.get("Value")) if isinstance(data, dict) else data
    if isinstance(data, dict) and items is None:
        items = [data]
    times = []
    def lower(m):
        return {k.lower(): v for k, v in m.items()}
    for raw in items:
        for m in [raw] + list(lower(raw).get("replies") or []):
            m = lower(m)
            if m.get("messagetype") == "typing":
                continue
            times.append(iso_ms(m["createddatetime"]))
    return chat(times)


def discord(path):
    data = load(path)
    return chat([iso_ms(m["timestamp"]) for m in data["messages"]])


def mattermost(path):
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    times = []
    for line in lines:
        post = line.get("post") or line.get("direct_post")
        if not post:
            continue
        times.append(post["create_at"])
        times += [r["create_at"] for r in post.get("replies") or []]
    return chat(times)


def telegram(path):
    data = load(path)
    chats = data["chats"]["list"] if "chats" in data else [data]
    times = []
    for c in chats:
        for m in c.get("messages", []):
            if "date_unixtime" in m:
                times.append(int(m["date_unixtime"]) * 1000)
            else:
                times.append(iso_ms(m["date"]))
    return chat(times)


def zulip(path):
    data = load(path)
    return chat([m["timestamp"] * 1000 for m in data["messages"]])


def rocketchat(path):
    def ms(ts):
        if isinstance(ts, str):
            return iso_ms(ts)
        date = ts["$date"]
        return iso_ms(date) if isinstance(date, str) else int(date)
    return chat([ms(m["ts"]) for m in load(path)["messages"]])


def google_chat(path):
    """Takeout writes 'Tuesday, February 11, 2025 at 10:04:31 PM UTC' (a narrow space before PM in newer ones)."""
    times = []
    for m in load(path)["messages"]:
        text = m["created_date"].replace("\u202f", " ").replace(" UTC", "")
        t = datetime.strptime(text, "%A, %B %d, %Y at %I:%M:%S %p")
        times.append(int((t - datetime(1970, 1, 1)).total_seconds()) * 1000)
    return chat(times)


# Text logs: one record per line that starts with a time; the file's name gives a missing date.
IRC_LINE = re.compile(
    r"^\[?(?:(\d{4})-(\d{2})-(\d{2})[T ]|(\d{1,2}) ([A-Za-z]{3}) )?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+(<[^>]+>|\* |\*\*\*|-->|<--|-!-|-[^\s-]+- )")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def name_date(path):
    name = os.path.basename(path)
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", name) or re.search(r"(?:^|\D)((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$)", name)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def decoded_lines(path):
    out = []
    for raw in open(path, "rb").read().split(b"\n"):
        try:
            out.append(raw.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError:
            out.append(raw.decode("cp1252", errors="replace").rstrip("\r"))
    return out


def irc(path):
    day = None
    fallback = name_date(path)
    times = []
    last = None
    for line in decoded_lines(path):
        opened = re.search(r"(?:Log opened|Day changed) \w{3} (\w{3}) (\d{1,2}) (?:[\d:]+ )?(\d{4})", line)
        if opened:
            day = datetime(int(opened.group(3)), MONTHS.index(opened.group(1).lower()) + 1, int(opened.group(2)))
            last = None
            continue
        m = IRC_LINE.match(line)
        if not m:
            continue
        y, mo, d, dd, mon, h, mi, s, _ = m.groups()
        seconds = int(h) * 3600 + int(mi) * 60 + int(s or 0)
        if y:
            day = datetime(int(y), int(mo), int(d))
        elif dd:
            year = day.year if day else fallback[0]
            day = datetime(year, MONTHS.index(mon.lower()) + 1, int(dd))
        else:
            if day is None:
                if fallback is None:
                    raise Refused("no date")
                day = datetime(*fallback)
            if last is not None and seconds + 3600 < last:
                day += timedelta(days=1)
        last = seconds
        t = day + timedelta(seconds=seconds)
        times.append(int((t - datetime(1970, 1, 1)).total_seconds()) * 1000)
    return chat(times)


def whatsapp(path, order):
    """`order` is how the file writes dates: 'dmy', 'mdy' or 'ymd' (named in the corpus files)."""
    stamp = re.compile(
        r"^\u200e?\[?(\d{1,4})[./-](\d{1,2})[./-](\d{1,4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.? ?m\.?|[AP]M)?\]?(?: -|:)? ")
    times = []
    for line in decoded_lines(path):
        m = stamp.match(line)
        if not m:
            continue
        a, b, c, h, mi, s, ampm = m.groups()
        if order == "ymd":
            y, mo, d = a, b, c
        elif order == "mdy":
            mo, d, y = a, b, c
        else:
            d, mo, y = a, b, c
        y = int(y)
        if y < 100:
            y += 2000
        h = int(h)
        if ampm:
            pm = ampm.lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        t = datetime(y, int(mo), int(d), h, int(mi), int(s or 0))
        times.append(int((t - datetime(1970, 1, 1)).total_seconds()) * 1000)
    return chat(times)


def slack_paste(path):
    """Slack client copy: 'Name  1:54 AM' starts a message, a time alone the same author's next."""
    date = name_date(path)
    times = []
    for line in decoded_lines(path):
        m = re.match(r"^\S.*?\s{2,}\[?(\d{1,2}):(\d{2})\s?([AP]M)?\]?$", line) or re.match(r"^(\d{1,2}):(\d{2})()$", line)
        if not m:
            continue
        h = int(m.group(1))
        if m.group(3):
            h = h % 12 + (12 if m.group(3) == "PM" else 0)
        t = datetime(*date) + timedelta(hours=h, minutes=int(m.group(2)))
        times.append(int((t - datetime(1970, 1, 1)).total_seconds()) * 1000)
    return chat(times)


def plain_chat(path, date):
    times = []
    for line in decoded_lines(path):
        m = re.match(r"^(\d{1,2}):(\d{2}) [^:]+: ", line)
        if m:
            t = datetime(*date) + timedelta(hours=int(m.group(1)), minutes=int(m.group(2)))
            times.append(int((t - datetime(1970, 1, 1)).total_seconds()) * 1000)
    return chat(times)


# --------------------------------------------------------------------------------------- alerts

def alertmanager(path):
    data = load(path)
    payloads = data if isinstance(data, list) else [data]
    seen = set()
    times = []
    repeats = 0
    for p in payloads:
        for a in p["alerts"]:
            labels = tuple(sorted((a.get("labels") or {}).items()))
            key = (labels, a.get("fingerprint"), iso_ms(a["startsAt"]))
            status = a.get("status") or p.get("status")
            if (key, "t") not in seen:
                seen.add((key, "t"))
                times.append(iso_ms(a["startsAt"]))
            elif status != "resolved":
                repeats += 1
            if status == "resolved" and not a["endsAt"].startswith("0001"):
                if (key, "r") not in seen:
                    seen.add((key, "r"))
                    times.append(iso_ms(a["endsAt"]))
                else:
                    repeats += 1
    return alerts(times, skipped=repeats)


PD_TRANSITIONS = {
    "trigger", "acknowledge", "unacknowledge", "escalate", "exhaust_escalation_path", "repeat_escalation_path",
    "responder_request", "assign", "reassign", "delegate", "annotate", "snooze", "urgency_change",
    "priority_change", "status_update", "resolve",
}


def pagerduty_log_entries(path):
    entries = load(path)["log_entries"]
    kept = [e for e in entries if e["type"].removesuffix("_log_entry") in PD_TRANSITIONS]
    return alerts([iso_ms(e["created_at"]) for e in kept], skipped=len(entries) - len(kept))


PD_V2_EVENTS = {"incident.trigger", "incident.acknowledge", "incident.unacknowledge", "incident.resolve", "incident.assign", "incident.escalate", "incident.delegate", "incident.annotate"}


def pagerduty_v2(path):
    """The eight documented v2 event types; anything else is not a transition."""
    messages = load(path)["messages"]
    kept = [m for m in messages if m["event"] in PD_V2_EVENTS]
    return alerts([iso_ms(m["created_on"]) for m in kept], skipped=len(messages) - len(kept))


def pagerduty_v1(path):
    messages = load(path)["messages"]
    kept = [m for m in messages if m["type"] in PD_V2_EVENTS]
    return alerts([iso_ms(m["created_on"]) for m in kept], skipped=len(messages) - len(kept))


def pagerduty_v3(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    bodies = [json.loads(line) for line in text.splitlines() if line.strip()] if path.endswith(".jsonl") else [json.loads(text)]
    times = []
    for b in bodies:
        event = b.get("event")
        if not event:
            raise Refused("only the data object, not a webhook")
        if event["event_type"].startswith("incident."):
            times.append(iso_ms(event["occurred_at"]))
    return alerts(times)


def pagerduty_incidents(path):
    times = []
    for i in load(path)["incidents"]:
        times.append(iso_ms(i["created_at"]))
        if i.get("assignments"):
            times.append(iso_ms(i["created_at"]))
        for ack in i.get("acknowledgements") or []:
            times.append(iso_ms(ack["at"]))
        if i.get("status") == "resolved" and i.get("resolved_at"):
            times.append(iso_ms(i["resolved_at"]))
    return alerts(times)


OPSGENIE_ACTIONS = {"Create", "Acknowledge", "UnAcknowledge", "AddNote", "Close", "Escalate", "EscalateToNext", "AssignOwnership", "TakeOwnership", "AddResponder", "AddTeam", "Snooze", "Delete"}


def opsgenie_webhook(path):
    data = load(path)
    bodies = data if isinstance(data, list) else [data]
    times = []
    for b in bodies:
        if b["action"] not in OPSGENIE_ACTIONS:
            continue
        alert = b["alert"]
        # A Create happens when the alert is created; any other action at its last update.
        # Opsgenie gives these in nanoseconds or milliseconds, as a number or a string.
        raw = int(alert["createdAt"] if b["action"] == "Create" else alert.get("updatedAt") or alert["createdAt"])
        times.append(raw // 1_000_000 if raw > 10**14 else raw)
    return alerts(times, skipped=len(bodies) - len(times))


def opsgenie_api(path):
    """Alerts: created, plus created + report.ackTime / closeTime (ms durations); log lines: each one."""
    data = load(path)["data"]
    records = [data] if isinstance(data, dict) else data
    times = []
    for r in records:
        created = iso_ms(r["createdAt"])
        times.append(created)
        if "log" in r:
            continue
        report = r.get("report") or {}
        for key in ("ackTime", "closeTime"):
            if report.get(key):
                times.append(created + int(report[key]))
    return alerts(times)


def grafana_oncall(path):
    """Each alert group: created_at, and acknowledged_at, silenced_at, resolved_at where set;
    each alert and each resolution note: its created_at."""
    times = []
    for g in load(path)["results"]:
        if "alerts_count" in g:
            times += [iso_ms(g[k]) for k in ("created_at", "acknowledged_at", "silenced_at", "resolved_at") if g.get(k)]
        else:
            times.append(iso_ms(g["created_at"]))
    return alerts(times)


def victorops(path):
    """Splunk On-Call incidents: each transition's `at`; without transitions, startTime, ackTime, endTime."""
    data = load(path)
    incidents = data["incidents"] if isinstance(data, dict) else data
    times = []
    for i in incidents:
        if i.get("transitions"):
            times += [iso_ms(t["at"]) for t in i["transitions"]]
        else:
            times += [iso_ms(i[k]) for k in ("startTime", "ackTime", "endTime") if i.get(k)]
    return alerts(times)


def incident_io(path):
    """incident.io: an incident is one report (its "Reported at" value, else created_at) plus every other
    filled timestamp value and every inline update; an incident update is its created_at."""
    data = load(path)
    if isinstance(data, dict):
        records = [data["incident"]] if "incident" in data else data.get("incidents") or data.get("incident_updates")
    else:
        records = data
    times = []
    for r in records:
        if "incident_id" in r:
            times.append(iso_ms(r["created_at"]))
            continue
        values = [(v["incident_timestamp"]["name"], v["value"]["value"]) for v in r.get("incident_timestamp_values") or [] if v.get("value")]
        reported = [t for name, t in values if name.lower().startswith("reported")]
        times.append(iso_ms(reported[0] if reported else r["created_at"]))
        times += [iso_ms(t) for name, t in values if not name.lower().startswith("reported")]
        times += [iso_ms(t) for name, t in values if name.lower().startswith("reported")][1:]
        times += [iso_ms(u["created_at"]) for u in r.get("updates") or []]
    return alerts(times)


def firehydrant(path):
    """FireHydrant: each milestone's occurred_at and each role assignment's created_at (started_at when an
    incident has no milestones); each incident event's occurred_at."""
    data = load(path)
    records = data["data"] if isinstance(data, dict) and "data" in data else (data if isinstance(data, list) else [data])
    times = []
    for r in records:
        if "occurred_at" in r:
            times.append(iso_ms(r["occurred_at"]))
            continue
        times += [iso_ms(m["occurred_at"]) for m in r["milestones"]] or [iso_ms(r["started_at"])]
        times += [iso_ms(a["created_at"]) for a in r.get("role_assignments") or []]
        times += [iso_ms(e["occurred_at"]) for e in r.get("events") or []]
    return alerts(times)


def cloudwatch_alarm_history(path):
    items = load(path)["AlarmHistoryItems"]
    return alerts([iso_ms(i["Timestamp"]) for i in items if i["HistoryItemType"] == "StateUpdate"])


# -------------------------------------------------------------------------------------- metrics

def prometheus_api(path):
    data = load(path)["data"]
    if data["resultType"] == "matrix":
        return metrics([[round(float(v[0]) * 1000) for v in s["values"]] for s in data["result"]])
    if data["resultType"] == "vector":
        return metrics([[round(float(s["value"][0]) * 1000)] for s in data["result"]])
    return metrics([[round(float(data["result"][0]) * 1000)]])


SAMPLE = re.compile(r'^\s*([A-Za-z_:][A-Za-z0-9_:]*)\s*(\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\})?\s*(\S+)(?:\s+(\S+))?(?:\s*#.*)?\s*$')


def exposition(path, seconds):
    series = {}
    skipped = 0
    for line in open(path, encoding="utf-8").read().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = SAMPLE.match(line)
        if not m:
            raise Refused("bad sample line")
        name, labels, _, ts = m.groups()
        key = name + normalise_labels(labels or "")
        if ts is None:
            t = 0
        else:
            t = round(float(ts) * 1000) if seconds else int(ts)
        if abs(t) >= 2**63:
            skipped += 1  # no millisecond time can hold it
            continue
        series.setdefault(key, []).append(t)
    entry = metrics(list(series.values()))
    entry["skipped"] = skipped
    return entry


def normalise_labels(text):
    pairs = re.findall(r'([A-Za-z_][A-Za-z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"', text)
    return "{" + ",".join(f"{k}={v}" for k, v in sorted(pairs)) + "}"


def openmetrics(path):
    text = open(path, encoding="utf-8").read()
    if "\n\n" in text.rstrip("\n") or not text.rstrip("\n").endswith("# EOF"):
        raise Refused("invalid OpenMetrics")
    return exposition(path, seconds=True)


def grafana_snapshot(path):
    """Data frames (`fields`, or `schema` + `data`) and legacy `datapoints`, in panels and rows."""
    data = load(path)
    series = []

    def frame_series(frame):
        if "datapoints" in frame:
            return [[int(p[1]) for p in frame["datapoints"]]]
        if "fields" in frame:
            fields, columns = frame["fields"], [f.get("values", []) for f in frame["fields"]]
        elif "schema" in frame:
            fields, columns = frame["schema"]["fields"], frame["data"]["values"]
        else:
            return []
        kinds = [f.get("type") for f in fields]
        if "time" not in kinds:
            return []
        times = columns[kinds.index("time")]
        return [[int(t) for t in times] for k, c in zip(kinds, columns) if k == "number"]

    def panels(items):
        for panel in items:
            for frame in panel.get("snapshotData") or []:
                series.extend(frame_series(frame))
            panels(panel.get("panels") or [])

    panels(data["dashboard"]["panels"])
    annotations = sum(len(a.get("snapshotData") or []) for a in data["dashboard"].get("annotations", {}).get("list", []))
    return metrics(series, annotations=annotations)


def grafana_annotations(path):
    return metrics([], annotations=len(load(path)))


def datadog_query(path):
    return metrics([[int(p[0]) for p in s["pointlist"]] for s in load(path)["series"]])


def cloudwatch(path):
    data = load(path)
    if "MetricDataResults" in data:
        return metrics([[iso_ms(t) for t in r["Timestamps"]] for r in data["MetricDataResults"]])
    # get-metric-statistics: one series per statistic asked for (Average, Maximum, p99, ...).
    points = data["Datapoints"]
    stats = sorted({k for p in points for k in p if k not in ("Timestamp", "Unit")})
    return metrics([[iso_ms(p["Timestamp"]) for p in points if stat in p] for stat in stats])


def influx_csv(path):
    text = open(path, encoding="utf-8").read()
    series = {}
    for block in re.split(r"\n\s*\n", text.strip()):
        rows = [r for r in csv.reader(io.StringIO(block))]
        header = next((r for r in rows if r and not r[0].startswith("#")), None)
        if header is None:
            continue
        if "error" in header and "reference" in header:
            raise Refused("error table")
        datatypes = next((r for r in rows if r and r[0] == "#datatype"), [])
        groups = next((r for r in rows if r and r[0] == "#group"), ["false"] * len(header))
        # Value columns: numbers that are not part of the group key (tags such as `le` are).
        # `_value` is the value column; after an aggregate that renames it (`max`, a pivot) every
        # number outside the group key is one.
        if "_value" in header:
            values = [header.index("_value")]
        else:
            values = [i for i, t in enumerate(datatypes)
                      if t in ("double", "long", "unsignedLong") and groups[i] == "false" and header[i] not in ("table", "result")]
        defaults = next((r for r in rows if r and r[0] == "#default"), [""] * len(header))
        tcol = header.index("_time") if "_time" in header else header.index("_stop")
        for r in rows:
            if not r or r[0].startswith("#") or r is header or r == header:
                continue
            for i in values:
                # An empty cell is a missing value at that time (a NaN point), as in plain CSV.
                result = r[header.index("result")] or defaults[header.index("result")]
                key = (result, r[header.index("table")], header[i], r[header.index("_field")] if "_field" in header else "")
                series.setdefault(key, []).append(iso_ms(r[tcol]))
    return metrics(list(series.values()))


def csv_series(path):
    text = open(path, encoding="utf-8").read()
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header, body = rows[0], [r for r in rows[1:] if r]
    series = []
    for col in range(1, len(header)):
        times = []
        for r in body:
            # An empty cell is a missing value at that time (a NaN point), not a missing row.
            t = r[0]
            times.append(int(t) if t.isdigit() else iso_ms(t))
        series.append(times)
    return metrics(series)


# ------------------------------------------------------------------------------------ the files

def refuse(reason):
    def reader(path):
        raise Refused(reason)
    return reader


def corpus_reader(rel):
    """The corpus folder names each file's format; the README and sidecars describe each file."""
    folder, name = rel.split("/", 1)[0], os.path.basename(rel)
    if folder == "slack-export":
        if rel.endswith(".zip"):
            return slack_export_zip
        if name in ("channels.json", "users.json") or re.search(r"_(channels|users|dms|mpims)\.json$", name):
            return refuse("export metadata")
        return slack_api
    table = {
        "slack-api": slack_api, "teams": teams, "discord": discord, "irc": irc, "grafana": None,
        "alertmanager": alertmanager, "cloudwatch": None, "prometheus-api": prometheus_api,
        "prom-text": lambda p: exposition(p, seconds=False), "opsgenie": opsgenie_webhook,
    }
    if folder == "mattermost":
        return mattermost if name.endswith(".jsonl") else mattermost_single
    if folder == "whatsapp-etc":
        if name.endswith(".json"):
            return telegram
        if "signal" in name or "yyyymmdd" in name:
            return lambda p: whatsapp(p, "ymd")
        return lambda p: whatsapp(p, "mdy" if "mmdd" in name else "dmy")
    if folder == "grafana":
        return grafana_snapshot if "snapshot" in name else grafana_annotations
    if folder == "cloudwatch":
        return cloudwatch_alarm_history if "alarm-history" in name else cloudwatch
    if folder == "openmetrics":
        return openmetrics if name.endswith(".txt") else refuse("parser test expectation, not metrics")
    if folder == "influx-csv":
        return influx_csv
    if folder == "csv-timeseries":
        return csv_series if name.endswith(".csv") else refuse("anomaly labels, not a series")
    if folder == "datadog":
        return datadog_query if "query" in name else refuse("not a timeline")
    if folder == "pagerduty":
        if name.startswith("log_entries"):
            return pagerduty_log_entries
        return pagerduty_v2 if "_v2_" in name else pagerduty_v3
    return table.get(folder)


def mattermost_single(path):
    data = load(path)
    post = data.get("post") or data.get("direct_post")
    return chat([post["create_at"]] + [r["create_at"] for r in post.get("replies") or []])


FIXTURE_READERS = {
    "alerts/alertmanager-repeats.json": alertmanager,
    "alerts/cloudwatch-alarm-history.json": cloudwatch_alarm_history,
    "alerts/opsgenie.json": opsgenie_webhook,
    "alerts/grafana-oncall-alert-groups.json": grafana_oncall,
    "alerts/grafana-oncall-resolution-notes.json": grafana_oncall,
    "alerts/victorops-reporting-incidents.json": victorops,
    "alerts/incident-io-incident.json": incident_io,
    "alerts/incident-io-incident-updates.json": incident_io,
    "alerts/firehydrant-incidents.json": firehydrant,
    "alerts/firehydrant-incident-events.json": firehydrant,
    "alerts/opsgenie-api-alerts.json": opsgenie_api,
    "alerts/opsgenie-api-alert-logs.json": opsgenie_api,
    "alerts/pagerduty-incidents.json": pagerduty_incidents,
    "alerts/pagerduty-log-entries.json": pagerduty_log_entries,
    "alerts/pagerduty-webhook-v1.json": pagerduty_v1,
    "alerts/pagerduty-webhook-v2.json": pagerduty_v2,
    "alerts/pagerduty-webhook-v3.jsonl": pagerduty_v3,
    "chat/discord.json": discord,
    "chat/irc.log": irc,
    "chat/irc-latin1.log": irc,
    "chat/znc/libera_#ops-mirror_20240917.log": irc,
    "chat/mattermost.jsonl": mattermost,
    "chat/not-chat.json": refuse("not chat"),
    "chat/plain-chat.txt": refuse("times without a date"),
    "chat/slack-api-error.json": refuse("error response"),
    "chat/slack-api-history.json": slack_api,
    "chat/slack-export": slack_export_folder,
    "chat/slack-export.zip": slack_export_zip,
    "chat/slack-traversal.zip": refuse("entries that climb out of the archive"),
    "chat/slack-truncated.json": refuse("truncated JSON"),
    "chat/teams-export.json": teams,
    "chat/teams-graph.json": teams,
    "chat/teams-graph-expand-replies.json": teams,
    "chat/slack-paste-2025-02-18.txt": slack_paste,
    "chat/whatsapp.txt": lambda p: whatsapp(p, "mdy"),
    "chat/whatsapp-ios.txt": lambda p: whatsapp(p, "dmy"),
    "chat/zulip-api.json": zulip,
    "chat/google-chat-messages.json": google_chat,
    "chat/rocketchat-channels-history.json": rocketchat,
    "chat/telegram-account-export.json": telegram,
    "metrics/bad_blank.om.txt": refuse("blank line in OpenMetrics"),
    "metrics/bad_label.prom": refuse("bad label"),
    "metrics/bad_value.csv": refuse("bad value"),
    "metrics/cloudwatch_data.json": cloudwatch,
    "metrics/cloudwatch_stats.json": cloudwatch,
    "metrics/datadog_monitor.json": refuse("monitor definition"),
    "metrics/datadog_query.json": datadog_query,
    "metrics/grafana_annotations.json": grafana_annotations,
    "metrics/grafana_snapshot.json": grafana_snapshot,
    "metrics/influx.csv": influx_csv,
    "metrics/influx_error.csv": refuse("error table"),
    "metrics/influx_aggregate_max.csv": influx_csv,
    "metrics/no_eof.om.txt": lambda p: exposition(p, seconds=False),  # no '# EOF': Prometheus text, not OpenMetrics
    "metrics/prom_bad_sample.json": refuse("bad sample"),
    "metrics/prom_error.json": refuse("error response"),
    "metrics/prom_range.json": prometheus_api,
    "metrics/prom_vector.json": prometheus_api,
    "metrics/scrape.om.txt": openmetrics,
    "metrics/scrape.prom": lambda p: exposition(p, seconds=False),
    "metrics/series.csv": csv_series,
    "metrics/series_semicolon.csv": csv_series,
}


SAMPLES = os.path.join(ROOT, "samples")
SAMPLE_READERS = {
    "admin-panel-production/exports/inc-0917-empty-catalogue.json": discord,
    "admin-panel-production/alerts/opsgenie.json": opsgenie_webhook,
    "admin-panel-production/metrics/orders_per_minute.json": cloudwatch,
    "admin-panel-production/metrics/visible_products.json": cloudwatch,
    "payments-pool-exhaustion/exports/slack": slack_export_folder,
    "payments-pool-exhaustion/alerts/pagerduty.json": pagerduty_log_entries,
    "payments-pool-exhaustion/metrics/checkout_error_ratio.json": prometheus_api,
    "payments-pool-exhaustion/metrics/payments_api_latency_p95.json": prometheus_api,
    "video-start-slo/exports/inc-3310-2026-06-05.log": lambda p: plain_chat(p, name_date(p)),
    "video-start-slo/alerts/alertmanager.json": alertmanager,
    "video-start-slo/metrics/video_start_within_3s.csv": csv_series,
}


def entry(reader, path):
    try:
        return reader(path)
    except Refused as why:
        return {"refused": str(why)}


def main():
    out = {}
    if os.path.isdir(CORPUS):
        for folder, dirs, files in os.walk(CORPUS):
            dirs.sort()
            rel_folder = os.path.relpath(folder, CORPUS)
            if rel_folder.startswith("postmortems"):
                continue
            if rel_folder == "slack-export/sev_testarchive_extracted":
                out["corpus/" + rel_folder] = entry(slack_export_folder, folder)
                dirs[:] = []
                continue
            for f in sorted(files):
                if f.endswith(".source") or f in ("README.md", "SOURCE.txt"):
                    continue
                rel = os.path.join(rel_folder, f)
                reader = corpus_reader(rel)
                if reader is None:
                    sys.exit(f"no reader for corpus file {rel}")
                out["corpus/" + rel] = entry(reader, os.path.join(CORPUS, rel))
    for rel, reader in sorted(FIXTURE_READERS.items()):
        if reader is not None:
            out["fixtures/" + rel] = entry(reader, os.path.join(FIXTURES, rel))
    for rel, reader in sorted(SAMPLE_READERS.items()):
        out["samples/" + rel] = entry(reader, os.path.join(SAMPLES, rel))
    json.dump(out, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
