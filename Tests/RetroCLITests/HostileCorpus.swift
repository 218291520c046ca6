import Foundation

/// An incident whose every text field, chat message and link is an attack: script tags, event
/// handlers, `javascript:`/`data:`/`vbscript:` links, Markdown link and image injection, comments
/// that close early, Mustache delimiters, RTL overrides, zero-width characters, a 1 MB message,
/// invalid UTF-8 and NUL bytes. Written into a folder by `write(to:)`.
///
/// Every payload that could act tries to leave a trace the browser check looks for: an element
/// whose id starts with `pwned`, a document title `PWNED`, or a request to `beacon` (a local URL).
struct HostileCorpus {
    /// Where a payload that makes a request would send it (a local server the check watches).
    let beacon: String

    var payloads: [String] {
        let mark = "document.title='PWNED';document.body.appendChild(Object.assign(document.createElement('i'),{id:'pwned-js'}));fetch('\(beacon)/js')"
        return [
            "<script>\(mark)</script>",
            "<SCRIPT SRC=\(beacon)/script.js></SCRIPT>",
            "<img src=x onerror=\"\(mark)\">",
            "<svg onload=\"\(mark)\"><circle r=9 /></svg>",
            "<div id=\"pwned-markup\">injected element</div>",
            "<a href=\"javascript:\(mark)\" id=\"pwned-link\">click</a>",
            "[click me](javascript:\(mark))",
            "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[vb](vbscript:msgbox(1))",
            "![pixel](\(beacon)/markdown-image.png)",
            "<img src=\"\(beacon)/html-image.png\" id=\"pwned-img\">",
            "<iframe src=\"\(beacon)/frame\" id=\"pwned-frame\"></iframe>",
            "<link rel=stylesheet href=\"\(beacon)/style.css\"><style>@import url(\(beacon)/import.css); body{background:url(\(beacon)/bg.png)}</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=\(beacon)/refresh\">",
            "<base href=\"\(beacon)/\"><form action=\"\(beacon)/form\" id=\"pwned-form\"><button>go</button></form>",
            "--> <script>\(mark)</script> <!--",
            "<!-- unclosed comment swallowing the rest",
            "]]> </textarea></title></style> <script>\(mark)</script>",
            "{{title}} {{{title}}} {{#people}}{{name}}{{/people}} {{> page}} {{=<% %>=}} <%title%>",
            "\u{202E}gnp.exe\u{202C} and zero\u{200B}width\u{200D}joiner\u{FEFF}bom \u{2066}isolate\u{2069}",
            "\"'><img src=x onerror=\(mark)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"\(mark)\">",
        ]
    }

    var lines: String { payloads.joined(separator: " ") }

    /// The incident file: every text field carries payloads.
    func incident() -> [String: Any] {
        let p = payloads
        return [
            "schema": "retro/v1", "id": "INC-666", "title": "Hostile <script>document.title='PWNED'</script> \(p[19])",
            "severity": "SEV2", "status": "draft", "services": ["<b>svc</b>", "{{svc}}"], "timezone": "UTC",
            "window": ["started": "2026-01-10T10:00:00Z", "detected": "2026-01-10T10:05:00Z", "resolved": "2026-01-10T11:00:00Z"],
            "impact": ["summary": p[0] + " " + p[6], "customer_statement": p[2], "reassurances": [p[3], p[9]], "business": p[15]],
            "people": [["id": "U1", "name": "Mallory <img src=x onerror=alert(1)>", "roles": ["incident_commander"], "team": p[4]]],
            "sources": ["chat": [["path": "exports/slack.json", "format": "slack-api"], ["path": "exports/chat-2026-01-10.log", "format": "plain-chat", "tz": "UTC"]]],
            "timeline": p.enumerated().map { i, text in ["at": "2026-01-10T10:\(String(format: "%02d", 10 + i)):00Z", "kind": "note", "text": text] },
            "contributing_factors": [
                ["id": "CF1", "category": "technical", "title": p[5], "description": lines, "whys": [p[7], p[8], p[17]]]
            ],
            "went_well": [p[10], p[11]],
            "technical_analysis": p.joined(separator: "\n\n") + "\n\n```html\n" + p[0] + "\n```\n",
            "monitoring_gaps": [p[12], p[13]],
            "follow_ups": [
                ["id": "FU1", "title": p[14], "owner": p[1], "due": "2026-02-01", "status": "open", "addresses": ["CF1"],
                 "tracker": "https://tracker.example.com/x\"onmouseover=\"document.title='PWNED'\"><script>document.title='PWNED'</script>", "rationale": p[16], "expected_impact": p[18]],
                ["id": "FU2", "title": "data link", "owner": "x", "due": "2026-02-01", "status": "open", "addresses": ["CF1"],
                 "tracker": "https://tracker.example.com/'><img src=x onerror=alert(1)>"],
            ],
            "asks": [p[20]], "support": p[21],
            "narrative": p.joined(separator: "\n\n"),
        ]
    }

    /// Slack API messages: one per payload, plus NUL and control characters inside JSON strings.
    func slackMessages() -> [String: Any] {
        var messages: [[String: Any]] = payloads.enumerated().map { i, text in
            ["type": "message", "user": "U1", "text": text, "ts": "\(1_768_039_200 + i * 60).000100"]
        }
        messages.append(["type": "message", "user": "U1", "text": "nul\u{0}byte and bell\u{7} and escape\u{1B}[31m", "ts": "1768041000.000100"])
        messages.append(["type": "message", "user": "U1", "text": "<https://ok.example|fine> <javascript:alert(1)|evil slack link> <\(beacon)/slack|beacon>", "ts": "1768041060.000100"])
        return ["ok": true, "messages": messages]
    }

    /// A plain-text log with invalid UTF-8, NUL bytes and one 1 MB message.
    func chatLog() -> Data {
        var data = Data("10:40 Mallory: ".utf8) + Data([0xFF, 0xFE, 0xC3, 0x28, 0x00, 0x80]) + Data(" invalid bytes\n".utf8)
        data += Data("10:41 Mallory: \u{0}\u{0}nul bytes <script>document.title='PWNED'</script>\n".utf8)
        let huge = String(repeating: "<b onmouseover=alert(1)>A</b>", count: (1 << 20) / 29)
        data += Data("10:42 Mallory: \(huge)\n".utf8)
        data += Data("10:43 Mallory: \(payloads[0]) \(payloads[6])\n".utf8)
        return data
    }

    func write(to folder: URL) throws {
        let exports = folder.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: incident(), options: [.prettyPrinted, .sortedKeys]).write(to: folder.appendingPathComponent("incident.json"))
        try JSONSerialization.data(withJSONObject: slackMessages(), options: [.sortedKeys]).write(to: exports.appendingPathComponent("slack.json"))
        try chatLog().write(to: exports.appendingPathComponent("chat-2026-01-10.log"))
    }
}
