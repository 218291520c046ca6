#!/usr/bin/env python3
"""Writes the window-derivation evaluation incidents into eval/window/incidents/<name>/.

Each incident is a scenario: a few parameters (when impact truly began, when the paging alert
fired, when the metrics came back, when the incident commander closed it) from which the
generator writes the sources a real team would have (chat exports, alert webhooks, metric
snapshots) and `truth.json`. The truth comes from the scenario's parameters, never from retro.

The output is deterministic: a fixed seed per incident, no clock, sorted keys where order is
free. Run it again and `git diff` shows nothing.

    python3 eval/window/make_incidents.py            # writes eval/window/incidents/
"""
import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "incidents"
UTC = timezone.utc


def at(text):
    """'2026-10-13 09:12' (UTC) -> aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def ms(t):
    return int(t.timestamp() * 1000)


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(t):
    """Truth times keep the milliseconds the sources carry."""
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def minutes(start, end, step=60):
    t = start
    while t <= end:
        yield t
        t += timedelta(seconds=step)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_json(path, value, indent=None):
    write(path, json.dumps(value, indent=indent, ensure_ascii=False) + "\n")


def write_truth(folder, scenario, notes):
    names = ["started", "detected", "acknowledged", "mitigated", "resolved"]
    truth = {"window": {n: iso_ms(scenario[n]) for n in names}}
    truth["first_report"] = iso_ms(scenario["first_report"]) if scenario.get("first_report") else None
    truth["impact_seconds"] = int((scenario["mitigated"] - scenario["started"]).total_seconds())
    truth["notes"] = notes
    write_json(folder / "truth.json", truth, indent=2)


# --------------------------------------------------------------------------------------------
# 1. search-gray-failure: Mattermost (incident channel + support channel), Alertmanager, Datadog.
#    eu-west search p99 climbs at 09:12 UTC; a support agent relays a customer report at 09:21;
#    a disk watermark warning (severity=warning, never pages) fired at 08:55; the critical latency
#    alert pages at 09:37, flaps closed at 09:41, fires again at 09:44; failover at 10:06 brings
#    p99 back at 10:07; the alert clears at 10:29; the IC closes the incident at 10:52.
# --------------------------------------------------------------------------------------------
def search_gray_failure():
    name = "search-gray-failure"
    folder = ROOT / name
    rng = random.Random(1501)
    s = {
        "started": at("2026-10-13 09:12"),
        "first_report": at("2026-10-13 09:21"),
        "detected": at("2026-10-13 09:37"),
        "acknowledged": at("2026-10-13 09:39"),
        "mitigated": at("2026-10-13 10:07"),
        "resolved": at("2026-10-13 10:52"),
    }
    data_start, data_end = at("2026-10-12 06:00"), at("2026-10-13 12:00")

    def daily(t, low, high):
        # Traffic follows the working day in Europe: low at 03:00 UTC, high at 15:00 UTC.
        hour = t.hour + t.minute / 60
        return low + (high - low) * (0.5 - 0.5 * math.cos((hour - 3) / 24 * 2 * math.pi))

    latency = {"eu-west": [], "us-east": []}
    requests = {"eu-west": [], "us-east": []}
    for t in minutes(data_start, data_end):
        for region in latency:
            base = 182 if region == "eu-west" else 167
            v = base + rng.gauss(0, 6) + 0.04 * daily(t, 0, 300)
            if region == "eu-west" and s["started"] <= t < s["mitigated"]:
                # Gray failure: one shard's replicas are slow; p99 climbs within three minutes, stays high.
                ramp = min(1.0, ((t - s["started"]).total_seconds() / 60 + 1) / 3)
                v += ramp * (430 + rng.gauss(0, 25))
            if rng.random() < 0.004:
                v += 150  # a lone slow scrape, not an incident
            latency[region].append([ms(t), round(v, 1)])
            r = daily(t, 900, 6200) * (1.0 if region == "eu-west" else 0.6) * (1 + rng.gauss(0, 0.03))
            requests[region].append([ms(t), round(r)])
    # The Datadog agent on one host restarted: no points for six minutes the evening before.
    gap = (ms(at("2026-10-12 19:02")), ms(at("2026-10-12 19:08")))
    for region in latency:
        latency[region] = [p for p in latency[region] if not gap[0] <= p[0] < gap[1]]

    def dd_series(metric, region, points, unit, index):
        return {
            "aggr": "max" if "duration" in metric else "sum",
            "attributes": {},
            "display_name": metric,
            "end": points[-1][0] + 59999,
            "expression": f"{'max' if 'duration' in metric else 'sum'}:{metric}{{env:prod,region:{region}}}",
            "interval": 60,
            "length": len(points),
            "metric": metric,
            "pointlist": [[float(p[0]), p[1]] for p in points],
            "query_index": index,
            "scope": f"env:prod,region:{region}",
            "start": points[0][0],
            "tag_set": [f"region:{region}"],
            "unit": [unit, None],
        }

    ms_unit = {"family": "time", "id": 12, "name": "millisecond", "plural": "milliseconds", "scale_factor": 0.001, "short_name": "ms"}
    req_unit = {"family": "network", "id": 19, "name": "request", "plural": "requests", "scale_factor": 1.0, "short_name": "req"}
    for file, metric, series, unit in [
        ("metrics/datadog_search_p99.json", "trace.search.request.duration.by.service.99p", latency, ms_unit),
        ("metrics/datadog_search_hits.json", "trace.search.request.hits", requests, req_unit),
    ]:
        write_json(folder / file, {
            "from_date": ms(data_start), "group_by": ["region"], "message": "", "query": f"max:{metric}{{env:prod}} by {{region}}",
            "res_type": "time_series", "resp_version": 1, "status": "ok", "times": [], "values": [], "to_date": ms(data_end),
            "series": [dd_series(metric, r, pts, unit, 0) for r, pts in series.items()],
        })

    # Alertmanager webhook deliveries, one JSON object per line, as a webhook receiver logs them.
    def am_alert(alertname, severity, summary, starts, ends, status, fingerprint, extra):
        labels = {"alertname": alertname, "severity": severity, "env": "prod", **extra}
        local = timezone(timedelta(hours=2))
        return {
            "status": status, "labels": labels, "annotations": {"summary": summary, "runbook_url": f"https://runbooks.example.net/search/{alertname}"},
            "startsAt": starts.astimezone(local).strftime("%Y-%m-%dT%H:%M:%S.%f000+02:00"),
            "endsAt": (ends.astimezone(local).strftime("%Y-%m-%dT%H:%M:%S.%f000+02:00") if ends else "0001-01-01T00:00:00Z"),
            "generatorURL": f"http://prometheus-eu.internal:9090/graph?g0.expr={alertname}", "fingerprint": fingerprint,
        }

    def am_payload(receiver, alerts):
        status = "firing" if any(a["status"] == "firing" for a in alerts) else "resolved"
        return {"receiver": receiver, "status": status, "alerts": alerts, "groupLabels": {"alertname": alerts[0]["labels"]["alertname"]},
                "commonLabels": alerts[0]["labels"], "commonAnnotations": alerts[0]["annotations"], "externalURL": "http://alertmanager-eu.internal:9093",
                "version": "4", "groupKey": "{}:{alertname=\"%s\"}" % alerts[0]["labels"]["alertname"], "truncatedAlerts": 0}

    disk = ("SearchDiskWatermarkHigh", "warning", "Disk usage on search-eu-3 above the 85% high watermark")
    lat = ("SearchLatencyP99High", "critical", "Search p99 latency in eu-west above 500 ms for 5 minutes")
    disk_start, disk_end = at("2026-10-13 08:55"), at("2026-10-13 10:40")
    flap1_end, flap2_start, lat_end = at("2026-10-13 09:41"), at("2026-10-13 09:44"), at("2026-10-13 10:29")
    deliveries = [
        am_payload("slack-search-warnings", [am_alert(*disk, disk_start, None, "firing", "7c1e0a4f2b9d3e11", {"instance": "search-eu-3:9100", "service": "search"})]),
        am_payload("pagerduty-search", [am_alert(*lat, s["detected"], None, "firing", "d04b7e9a11c2f835", {"region": "eu-west", "service": "search"})]),
        am_payload("pagerduty-search", [am_alert(*lat, s["detected"], flap1_end, "resolved", "d04b7e9a11c2f835", {"region": "eu-west", "service": "search"})]),
        am_payload("pagerduty-search", [am_alert(*lat, flap2_start, None, "firing", "d04b7e9a11c2f835", {"region": "eu-west", "service": "search"})]),
        am_payload("slack-search-warnings", [am_alert(*disk, disk_start, None, "firing", "7c1e0a4f2b9d3e11", {"instance": "search-eu-3:9100", "service": "search"})]),
        am_payload("pagerduty-search", [am_alert(*lat, flap2_start, lat_end, "resolved", "d04b7e9a11c2f835", {"region": "eu-west", "service": "search"})]),
        am_payload("slack-search-warnings", [am_alert(*disk, disk_start, disk_end, "resolved", "7c1e0a4f2b9d3e11", {"instance": "search-eu-3:9100", "service": "search"})]),
    ]
    write(folder / "alerts/alertmanager-webhook.jsonl", "".join(json.dumps(d) + "\n" for d in deliveries))

    # Mattermost bulk exports, one per channel.
    users = [("jkowalski", "Jana", "Kowalski"), ("tberger", "Tobias", "Berger"), ("mfontaine", "Mélanie", "Fontaine"),
             ("oyilmaz", "Onur", "Yilmaz"), ("support-bot", "", "")]

    posted = {}  # message text -> the time it carries in the export, for the truth

    def mm_export(channel, display, posts):
        lines = [{"type": "version", "version": 1}, {"type": "team", "team": {"name": "eng", "display_name": "Engineering", "type": "I"}},
                 {"type": "channel", "channel": {"team": "eng", "name": channel, "display_name": display, "type": "O", "header": "", "purpose": ""}}]
        for handle, first, last in users:
            lines.append({"type": "user", "user": {"username": handle, "email": f"{handle}@example.net", "first_name": first, "last_name": last, "nickname": ""}})
        for when, user, text, *rest in posts:
            created = ms(when) + rng.randrange(0, 59000)
            posted[text] = datetime.fromtimestamp(created / 1000, tz=UTC)
            post = {"team": "eng", "channel": channel, "user": user, "message": text, "create_at": created,
                    "edit_at": 0, "props": {}, "reactions": None, "replies": None, "flagged_by": None}
            if rest:
                post["props"] = rest[0]
            lines.append({"type": "post", "post": post})
        return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)

    t = lambda hm: at("2026-10-13 " + hm)  # noqa: E731
    support = [
        (t("09:02"), "oyilmaz", "morning all, queue is quiet"),
        (t("09:21"), "oyilmaz", "Customer report from Nordhaus GmbH (ticket #88213): product search in their shop keeps timing out since about 11:10 their time. Anyone seeing this?"),
        (t("09:24"), "oyilmaz", "second ticket #88219, same thing, also EU"),
        (t("09:31"), "mfontaine", "@oyilmaz nothing on our dashboards yet, will ask search"),
        (t("10:15"), "oyilmaz", "Nordhaus confirms search is fast again :tada:"),
        (t("10:58"), "mfontaine", "Search incident is resolved per Jana, I'll answer the tickets"),
    ]
    incident = [
        (t("09:38"), "tberger", "paged for SearchLatencyP99High eu-west, looking"),
        (t("09:39"), "tberger", "ack. p99 in eu-west is at ~620ms, us-east looks fine"),
        (t("09:40"), "jkowalski", "I'll be IC for this one"),
        (t("09:42"), "tberger", "alert just cleared on its own?? still slow on the dashboard"),
        (t("09:45"), "tberger", "and it's firing again. it's flapping around the threshold"),
        (t("09:47"), "mfontaine", "support has two EU tickets about search timeouts from ~09:21 UTC"),
        (t("09:52"), "tberger", "hypothesis: shard 4 replicas on search-eu-3 are slow, gc pauses look long there"),
        (t("09:58"), "jkowalski", "disk warning on search-eu-3 has been firing since 08:55, probably unrelated but noting it"),
        (t("10:03"), "tberger", "going to fail over eu-west search to the standby cluster"),
        (t("10:06"), "tberger", "failover done, traffic on standby"),
        (t("10:09"), "tberger", "p99 in eu-west back to normal, ~190ms since 10:07"),
        (t("10:30"), "tberger", "latency alert resolved"),
        (t("10:52"), "jkowalski", "Incident resolved. Standby holds fine, closing it; follow-ups go in the retro doc"),
    ]
    write(folder / "exports/mattermost-inc-search-eu.jsonl", mm_export("inc-search-eu", "INC search eu-west latency", incident))
    write(folder / "exports/mattermost-support-escalations.jsonl", mm_export("support-escalations", "Support escalations", support))
    # The truth is the exact time of the messages that carry these milestones, seconds included.
    s["first_report"] = posted[support[1][2]]
    s["acknowledged"] = posted[incident[1][2]]
    s["resolved"] = posted[incident[-1][2]]

    write(folder / "incident.yaml", f"""schema: retro/v1
id: SRCH-552
title: Slow product search in eu-west
severity: SEV2
status: draft
services: [search-api]
timezone: Europe/Berlin

impact:
  summary: Product searches from EU shops were slow or timed out.
  data_loss: false
  data_exposure: false

people:
  - {{id: jkowalski, name: Jana Kowalski, roles: [incident_commander], team: Search}}
  - {{id: tberger, name: Tobias Berger, roles: [on_call], team: Search}}
  - {{id: mfontaine, name: Mélanie Fontaine, team: Support}}
  - {{id: oyilmaz, name: Onur Yilmaz, team: Support}}

sources:
  chat:
    - path: exports/mattermost-inc-search-eu.jsonl
    - path: exports/mattermost-support-escalations.jsonl
  alerts:
    - path: alerts/alertmanager-webhook.jsonl
  monitoring:
    - path: metrics/datadog_search_p99.json
      title: Search p99 latency
      unit: ms
      slo: {{objective: 0.995, threshold: 500, direction: above, period_days: 28}}
    - path: metrics/datadog_search_hits.json
      title: Search requests per minute
      unit: requests/min
""")
    write_truth(folder, s, [
        "started: eu-west p99 leaves its band at 09:12 UTC (scenario parameter), before any alert or report",
        "first_report: support relays the customer's ticket at 09:21 UTC",
        "detected: the critical SearchLatencyP99High page at 09:37 UTC; the 08:55 disk warning never paged",
        "acknowledged: the on-call engineer acknowledges in the channel at 09:39 UTC (Alertmanager has no ack)",
        "mitigated: eu-west p99 back in band at 10:07 UTC after the failover",
        "resolved: the incident commander closes the incident at 10:52 UTC; the support channel relays it at 10:58",
    ])


# --------------------------------------------------------------------------------------------
# 2. billing-dst: Microsoft Teams (Graph channel messages), Opsgenie webhooks, InfluxDB CSV.
#    Night of the DST change in Los Angeles (clocks go back at 09:00 UTC, 02:00 PDT -> 01:00 PST).
#    Invoice jobs start failing at 08:41 UTC; a P3 queue-depth warning fired at 08:34; the P1 pages
#    at 08:49 and is acknowledged at 08:53; the status page says "monitoring" at 09:31 before the
#    fix; error ratio back in band at 09:46; IC resolves at 10:20 UTC.
# --------------------------------------------------------------------------------------------
def billing_dst():
    name = "billing-dst"
    folder = ROOT / name
    rng = random.Random(1502)
    s = {
        "started": at("2026-11-01 08:41"),
        "first_report": None,
        "detected": at("2026-11-01 08:49"),
        "acknowledged": at("2026-11-01 08:53"),
        "mitigated": at("2026-11-01 09:46"),
        "resolved": at("2026-11-01 10:20"),
    }
    data_start, data_end = at("2026-11-01 02:00"), at("2026-11-01 12:00")
    ratio, depth = [], []
    q = 1200.0
    for t in minutes(data_start, data_end):
        r = max(0.0, 0.003 + rng.gauss(0, 0.0012))
        if s["started"] <= t < s["mitigated"]:
            r = 0.118 + rng.gauss(0, 0.01)
        ratio.append((t, round(r, 5)))
        # Failed jobs are retried, so the queue grows while they fail and drains after the fix.
        if s["started"] <= t < s["mitigated"]:
            q += 95 + rng.gauss(0, 10)
        elif t >= s["mitigated"]:
            q = max(1150.0, q - 600)
        else:
            q = 1200 + rng.gauss(0, 40)
        depth.append((t, round(q)))

    def influx_table(field, rows, table):
        out = ["#group,false,false,true,true,false,false,true,true,true",
               "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string,string",
               "#default,_result,,,,,,,,",
               ",result,table,_start,_stop,_time,_value,_field,_measurement,cluster"]
        for when, v in rows:
            out.append(f",,{table},{iso(data_start)},{iso(data_end)},{iso(when)},{v},{field},billing_jobs,billing-usw2")
        return "\r\n".join(out) + "\r\n"

    write(folder / "metrics/influx_invoice_error_ratio.csv", influx_table("invoice_error_ratio", ratio, 0))
    write(folder / "metrics/influx_queue_depth.csv", influx_table("queue_depth", depth, 0))

    def og(action, alert_id, tiny, message, priority, created, when, user=None, note=None):
        alert = {"alertId": alert_id, "tinyId": tiny, "alias": message.split(" ")[0].lower(), "message": message, "tags": ["billing", "prod"],
                 "entity": "invoice-runner", "team": "Billing Platform", "priority": priority, "source": "Prometheus",
                 "createdAt": ms(created), "updatedAt": ms(when) * 1_000_000 + 417_000, "username": user or "System",
                 "userId": "", "description": ""}
        if user:
            alert["userFullName"] = {"ravi.k": "Ravi Kapoor", "gwen.o": "Gwen Okafor"}.get(user, user)
        if note:
            alert["note"] = note
        return {"action": action, "alert": alert, "source": {"name": "Prometheus", "type": "integration"},
                "integrationName": "Prometheus billing", "integrationId": "4f5c2b7e-1d0a-4c61-9b3e-0e6ad3f1a2c4", "integrationType": "Prometheus"}

    warn_id, p1_id = "5b1e6c8a-93d2-4e70-a1f4-2c9d7e0b6a31-1793522040000", "e2a7c4f1-0b6d-4a5e-8f13-7d9c2b4e6a50-1793522940000"
    warn_msg = "BillingQueueDepthHigh: invoice queue above 2,500 jobs"
    p1_msg = "InvoiceJobErrorRatio: more than 5% of invoice jobs failing"
    warn_at = at("2026-11-01 08:34")
    payloads = [
        og("Create", warn_id, "3391", warn_msg, "P3", warn_at, warn_at),
        og("Create", p1_id, "3392", p1_msg, "P1", s["detected"], s["detected"]),
        og("Acknowledge", p1_id, "3392", p1_msg, "P1", s["detected"], s["acknowledged"], user="ravi.k"),
        og("AddNote", p1_id, "3392", p1_msg, "P1", s["detected"], at("2026-11-01 09:12"), user="ravi.k", note="jobs scheduled in the repeated hour"),
        og("Close", p1_id, "3392", p1_msg, "P1", s["detected"], at("2026-11-01 09:58")),
        og("Close", warn_id, "3391", warn_msg, "P3", warn_at, at("2026-11-01 10:04")),
    ]
    write_json(folder / "alerts/opsgenie-webhooks.json", payloads, indent=1)

    people = {"ravi": ("8c1d3f2a-6b7e-4a90-b1c2-5d6e7f8a9b01", "Ravi Kapoor"), "gwen": ("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Gwen Okafor"),
              "luis": ("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "Luis Romero")}
    t = lambda hm: at("2026-11-01 " + hm)  # noqa: E731
    chat = [
        (t("08:52"), "ravi", "<p>Got paged for InvoiceJobErrorRatio. Acking, looking now</p>"),
        (t("08:56"), "ravi", "<p>~12% of invoice jobs failing with <code>ScheduleWindowOverlap</code>. Started around 01:41 local</p>"),
        (t("08:58"), "gwen", "<p>I'll take IC. <at id=\"0\">Luis</at> can you join?</p>"),
        (t("09:04"), "luis", "<p>here. the queue warning fired at 01:34, retries piling up</p>"),
        (t("09:12"), "ravi", "<p>theory: clocks go back at 02:00 tonight and the scheduler computes the batch window in local time, so the 01:xx hour overlaps</p>"),
        (t("09:20"), "gwen", "<p>Posted to the status page: investigating delayed invoices</p>"),
        (t("09:31"), "gwen", "<p>Status page updated to monitoring</p>"),
        (t("09:38"), "luis", "<p>deploying the fix that pins the batch window to UTC</p>"),
        (t("09:44"), "luis", "<p>fix is out on all runners</p>"),
        (t("09:48"), "ravi", "<p>error ratio back under 1% since 01:46 PST, queue draining</p>"),
        (t("10:05"), "ravi", "<p>queue back to normal, 1,180 jobs</p>"),
        (t("10:20"), "gwen", "<p>Incident resolved. Closing the bridge, thanks all &#x1F64F;</p>"),
    ]
    value = []
    for i, (when, who, html) in enumerate(chat):
        when = when + timedelta(seconds=rng.randrange(0, 59), milliseconds=rng.randrange(0, 999))
        if i == len(chat) - 1:
            s["resolved"] = when.replace(microsecond=when.microsecond // 1000 * 1000)  # the IC's message, as exported
        uid, display = people[who]
        value.append({
            "@odata.type": "#microsoft.graph.chatMessage", "id": str(ms(when)), "replyToId": None if i == 0 else str(ms(chat[0][0])),
            "etag": str(ms(when)), "messageType": "message",
            "createdDateTime": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z",
            "lastModifiedDateTime": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z",
            "lastEditedDateTime": None, "deletedDateTime": None, "subject": "InvoiceJobErrorRatio P1" if i == 0 else None, "summary": None,
            "chatId": None, "importance": "normal", "locale": "en-us", "webUrl": None,
            "channelIdentity": {"teamId": "fbe2bf47-16c8-47cf-b4a5-4b9b187c508b", "channelId": "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2"},
            "policyViolation": None, "eventDetail": None,
            "from": {"application": None, "device": None, "user": {"@odata.type": "#microsoft.graph.teamworkUserIdentity", "id": uid, "displayName": display, "userIdentityType": "aadUser", "tenantId": "2432b57b-0abd-43db-aa7b-16eadd115d34"}},
            "body": {"contentType": "html", "content": html}, "attachments": [],
            "mentions": [{"id": 0, "mentionText": "Luis", "mentioned": {"user": {"id": people["luis"][0], "displayName": "Luis Romero", "userIdentityType": "aadUser"}}}] if "<at" in html else [],
            "reactions": [],
        })
    value.reverse()  # Graph lists newest first
    write_json(folder / "exports/teams-billing-incidents.json", {
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#teams('fbe2bf47-16c8-47cf-b4a5-4b9b187c508b')/channels('19%3A4a95f7d8db4c4e7fae857bcebe0623e6%40thread.tacv2')/messages/$entity/replies",
        "@odata.count": len(value), "value": value}, indent=2)

    write(folder / "incident.yaml", f"""schema: retro/v1
id: BILL-118
title: Invoice jobs failing during the daylight-saving change
severity: SEV2
status: draft
services: [invoice-runner]
timezone: America/Los_Angeles

impact:
  summary: About one in eight invoice jobs failed and were retried, delaying invoices.
  data_loss: false
  data_exposure: false

people:
  - {{id: {people['gwen'][0]}, name: Gwen Okafor, roles: [incident_commander], team: Billing Platform}}
  - {{id: {people['ravi'][0]}, name: Ravi Kapoor, roles: [on_call], team: Billing Platform}}
  - {{id: {people['luis'][0]}, name: Luis Romero, team: Billing Platform}}

sources:
  chat:
    - path: exports/teams-billing-incidents.json
  alerts:
    - path: alerts/opsgenie-webhooks.json
  monitoring:
    - path: metrics/influx_invoice_error_ratio.csv
      title: Invoice job error ratio
      unit: ratio
      slo: {{objective: 0.99, threshold: 0.02, direction: above, period_days: 30}}
    - path: metrics/influx_queue_depth.csv
      title: Invoice queue depth
      unit: jobs
""")
    write_truth(folder, s, [
        "started: invoice error ratio jumps at 08:41 UTC (01:41 PDT), scenario parameter",
        "detected: the P1 InvoiceJobErrorRatio alert at 08:49 UTC; the P3 queue warning at 08:34 did not page",
        "acknowledged: Opsgenie acknowledgement at 08:53 UTC",
        "mitigated: error ratio back in band at 09:46 UTC (01:46 PST); the status page said monitoring at 09:31",
        "resolved: the incident commander at 10:20 UTC (02:20 PST)",
    ])


# --------------------------------------------------------------------------------------------
# 3. checkout-3ds-relay: Telegram (war room) + WhatsApp (leadership group), PagerDuty webhooks v3,
#    Grafana snapshot. UK 3-D Secure success falls at 13:03 UTC; a low-urgency latency page fired at
#    12:58; the high-urgency SLO page at 13:19, acknowledged 13:22; status page "monitoring a fix"
#    at 13:58; success back in band at 14:10; IC resolves at 14:40; a manager relays it at 15:05.
# --------------------------------------------------------------------------------------------
def checkout_3ds_relay():
    name = "checkout-3ds-relay"
    folder = ROOT / name
    rng = random.Random(1503)
    s = {
        "started": at("2026-07-22 13:03"),
        "first_report": None,
        "detected": at("2026-07-22 13:19"),
        "acknowledged": at("2026-07-22 13:22"),
        "mitigated": at("2026-07-22 14:10"),
        "resolved": at("2026-07-22 14:40"),
    }
    data_start, data_end = at("2026-07-22 07:00"), at("2026-07-22 17:00")
    times, uk, ie = [], [], []
    for t in minutes(data_start, data_end, step=30):
        times.append(ms(t))
        u = min(1.0, 0.972 + rng.gauss(0, 0.004))
        if s["started"] <= t < s["mitigated"]:
            u = 0.885 + rng.gauss(0, 0.01)
        uk.append(round(u, 4))
        ie.append(round(min(1.0, 0.968 + rng.gauss(0, 0.005)), 4))
    # Two scrapes lost to a Prometheus restart; Grafana keeps the slots as nulls.
    for i in (times.index(ms(at("2026-07-22 10:30"))), times.index(ms(at("2026-07-22 10:30"))) + 1):
        uk[i] = None
        ie[i] = None

    def field(region, values):
        return {"name": "Value", "type": "number", "labels": {"acquirer": "worldline", "region": region},
                "config": {"displayNameFromDS": "3DS success", "unit": "percentunit", "min": 0, "max": 1}, "values": values}

    write_json(folder / "metrics/grafana-checkout-snapshot.json", {
        "dashboard": {"title": "Checkout / 3-D Secure", "uid": "chk3ds", "timezone": "browser", "schemaVersion": 39,
                      "time": {"from": iso(data_start), "to": iso(data_end)},
                      "panels": [{"id": 2, "type": "timeseries", "title": "3DS challenge success", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0},
                                  "snapshotData": [{"refId": "A", "fields": [{"name": "Time", "type": "time", "config": {}, "values": times}, field("uk", uk), field("ie", ie)]}]}],
                      "annotations": {"list": []}},
        "meta": {"isSnapshot": True, "type": "snapshot", "canSave": False, "created": "2026-07-23T08:14:02Z"}})

    def pd(event_type, when, incident, agent=None, extra=None):
        data = {"id": incident["id"], "type": "incident", "self": f"https://api.pagerduty.com/incidents/{incident['id']}",
                "html_url": f"https://acme-pay.pagerduty.com/incidents/{incident['id']}", "number": incident["number"], "status": incident["status"],
                "incident_key": incident["key"], "created_at": iso(incident["created"]), "title": incident["title"],
                "service": {"html_url": "https://acme-pay.pagerduty.com/services/PCHK3DS", "id": "PCHK3DS", "self": "https://api.pagerduty.com/services/PCHK3DS", "summary": "checkout-3ds", "type": "service_reference"},
                "assignees": [], "escalation_policy": {"id": "PESC01", "summary": "Payments", "type": "escalation_policy_reference"},
                "teams": [], "priority": incident["priority"], "urgency": incident["urgency"], "conference_bridge": None, "resolve_reason": None}
        if extra:
            data.update(extra)
        return {"event": {"id": f"01{ms(when):X}", "event_type": event_type, "resource_type": "incident",
                          "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%S.") + "412Z",
                          "agent": agent, "client": None, "data": data}}

    low = {"id": "Q0LOWLAT1", "number": 4410, "status": "triggered", "key": "checkout-p50-latency", "created": at("2026-07-22 12:58"),
           "title": "Checkout p50 latency slightly elevated", "priority": None, "urgency": "low"}
    high = {"id": "Q3DSSLO77", "number": 4411, "status": "triggered", "key": "3ds-success-slo-burn", "created": s["detected"],
            "title": "3DS challenge success burning SLO budget (UK)", "priority": {"id": "PP1", "summary": "P1", "type": "priority_reference"}, "urgency": "high"}
    nadia = {"html_url": "https://acme-pay.pagerduty.com/users/PNADIA1", "id": "PNADIA1", "self": "https://api.pagerduty.com/users/PNADIA1", "summary": "Nadia Haddad", "type": "user_reference"}
    events = [
        pd("incident.triggered", low["created"], low),
        pd("incident.triggered", high["created"], high),
        pd("incident.acknowledged", s["acknowledged"], {**high, "status": "acknowledged"}, agent=nadia),
        pd("incident.resolved", at("2026-07-22 13:40"), {**low, "status": "resolved"}),
        pd("incident.resolved", at("2026-07-22 14:25"), {**high, "status": "resolved"}, agent=nadia),
    ]
    write(folder / "alerts/pagerduty-webhooks.jsonl", "".join(json.dumps(e) + "\n" for e in events))

    t = lambda hm: at("2026-07-22 " + hm)  # noqa: E731
    london = timezone(timedelta(hours=1))  # BST
    war = [
        (t("13:21"), "Nadia Haddad", "user61183", "got the 3DS SLO page, on it"),
        (t("13:22"), "Nadia Haddad", "user61183", "acked. UK challenge success down to ~88%, IE fine"),
        (t("13:25"), "Sam Whitfield", "user70219", "I'll run this as IC"),
        (t("13:31"), "Nadia Haddad", "user61183", "worldline ACS returning timeouts for UK cards since ~14:03 BST"),
        (t("13:44"), "Nadia Haddad", "user61183", "raised a P1 with worldline support"),
        (t("13:58"), "Sam Whitfield", "user70219", "status page: monitoring a fix"),
        (t("14:04"), "Nadia Haddad", "user61183", "switching UK 3DS traffic to the secondary ACS route"),
        (t("14:12"), "Nadia Haddad", "user61183", "UK challenge success back at 97%, recovered since 15:10 BST"),
        (t("14:40"), "Sam Whitfield", "user70219", "We're resolved. Keeping the secondary route until worldline confirms. Thanks all"),
    ]
    messages = []
    for i, (when, who, uid, text) in enumerate(war):
        when = when + timedelta(seconds=rng.randrange(0, 59))
        if i == len(war) - 1:
            s["resolved"] = when  # the IC's message in the war room
        messages.append({"id": 2201 + i, "type": "message", "date": when.astimezone(london).strftime("%Y-%m-%dT%H:%M:%S"),
                         "date_unixtime": str(int(when.timestamp())), "from": who, "from_id": uid, "text": text,
                         "text_entities": [{"type": "plain", "text": text}]})
    write_json(folder / "exports/telegram-payments-warroom.json", {"name": "Payments war room", "type": "private_supergroup", "id": 1873345120, "messages": messages}, indent=1)

    wa = [
        (t("13:50"), "Priya Natarajan", "Any news on checkout? Sales asking"),
        (t("13:52"), "Sam Whitfield", "UK card payments partly failing at 3DS, we're on it with the provider"),
        (t("15:05"), "Priya Natarajan", "Update from payments: the checkout incident is resolved, all good now"),
        (t("15:06"), "Omar Said", "\U0001F44D"),
    ]
    lines = [f"{when.astimezone(london).strftime('%d/%m/%Y, %H:%M')} - {who}: {text}" for when, who, text in wa]
    write(folder / "exports/whatsapp-leadership.txt", "22/07/2026, 09:00 - Messages and calls are end-to-end encrypted.\n" + "\n".join(lines) + "\n")

    write(folder / "incident.yaml", """schema: retro/v1
id: PAY-3DS-31
title: UK card payments failing 3-D Secure challenges
severity: SEV2
status: draft
services: [checkout-3ds]
timezone: Europe/London

impact:
  summary: About one in ten UK card payments that needed a 3-D Secure challenge failed.
  data_loss: false
  data_exposure: false

people:
  - {id: user70219, name: Sam Whitfield, roles: [incident_commander], team: Payments}
  - {id: user61183, name: Nadia Haddad, roles: [on_call], team: Payments}

sources:
  chat:
    - path: exports/telegram-payments-warroom.json
    - path: exports/whatsapp-leadership.txt
      format: whatsapp
      tz: Europe/London
  alerts:
    - path: alerts/pagerduty-webhooks.jsonl
  monitoring:
    - path: metrics/grafana-checkout-snapshot.json
      title: 3DS challenge success
      unit: ratio
      slo: {objective: 0.999, threshold: 0.95, direction: below, period_days: 28}
""")
    write_truth(folder, s, [
        "started: UK 3DS success falls at 13:03 UTC (scenario parameter)",
        "detected: the high-urgency PagerDuty page at 13:19 UTC; the 12:58 low-urgency latency page is not detection",
        "acknowledged: PagerDuty acknowledgement at 13:22 UTC",
        "mitigated: UK success back in band at 14:10 UTC; the status page said monitoring at 13:58",
        "resolved: the incident commander in the war room at 14:40 UTC; the WhatsApp relay at 15:05 is not the resolution",
    ])


def main():
    search_gray_failure()
    billing_dst()
    checkout_3ds_relay()


if __name__ == "__main__":
    main()
