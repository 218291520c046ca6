import Foundation
import RetroAssemble
import RetroIngest
import RetroModel
import Testing

@testable import RetroRender

@Suite struct RendererTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/incident.yaml")
    static let sections = ["Stakeholder message", "Monitoring context", "Timeline", "Contributing factors", "Technical analysis", "Follow-ups", "Narrative"]

    static func render(_ incident: Incident) throws -> (md: String, html: String) {
        let renderer = Renderer(templates: try TemplateSet.builtin())
        let retro = Assembler.assemble(incident)
        let md = renderer.markdown(retro, sourceFile: "incident.yaml")
        return (md, renderer.html(retro, markdown: md, sourceFile: "incident.yaml"))
    }

    @Test func goldenMarkdownAndHTML() throws {
        let incident = try IncidentFile.load(Self.fixture).incident
        let out = try Self.render(incident)
        Golden.check(out.md, named: "retrospective.md")
        Golden.check(out.html, named: "retrospective.html")
    }

    @Test func sevenSectionsInOrder() throws {
        let out = try Self.render(try IncidentFile.load(Self.fixture).incident)
        let headings = out.md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == Self.sections)
        for name in Self.sections {
            let entry = "<li><a href=\"#" + HTMLAnchors.slug(name) + "\">" + name + "</a></li>"
            #expect(out.html.contains(entry))
        }
    }

    @Test func emptyIncidentGetsHonestPlaceholders() throws {
        let out = try Self.render(Incident(id: "INC-9", title: "Nothing yet", severity: "SEV4"))
        let headings = out.md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == Self.sections)
        for placeholder in ["No impact statement yet", "No monitoring snapshots linked yet", "No timeline events yet", "No contributing factors recorded yet", "No technical analysis written yet", "No follow-ups recorded yet", "No narrative written yet"] {
            #expect(out.md.contains(placeholder), "\(placeholder)")
        }
        #expect(out.md.contains("| unknown | unknown |"))
    }

    @Test func htmlIsSelfContained() throws {
        let out = try Self.render(try IncidentFile.load(Self.fixture).incident)
        #expect(out.html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        for forbidden in ["<script", "<link", "src=\"http", "@import", "url("] { #expect(!out.html.contains(forbidden), "\(forbidden)") }
        #expect(out.html.contains("retro:generated"))
    }

    @Test func hostileIncidentFieldsAreEscapedInHTML() throws {
        var incident = Incident(id: "<b>X</b>", title: "<script>alert(1)</script>", severity: "SEV1")
        incident.impact.summary = "[x](javascript:alert(1)) <img src=x onerror=alert(1)>"
        incident.wentWell = ["<iframe src=https://evil.example>"]
        incident.technicalAnalysis = "<script>alert(2)</script>\n\n[y](javascript:alert(3))"
        let out = try Self.render(incident)
        for forbidden in ["<script", "<img", "<iframe", "href=\"javascript", "<b>X"] { #expect(!out.html.contains(forbidden), "\(forbidden)") }
        // The link text survives as text; its target does not.
        #expect(out.html.contains("javascript:alert(1)"))
    }

    @Test func builtinTemplatesMatchTheTemplatesFolder() throws {
        let folder = Self.root.appendingPathComponent("templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        let names: Set<String> = Set(files.map { String($0.dropLast(9)) })
        #expect(names == Set(BuiltinTemplates.all.keys))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(BuiltinTemplates.all[String(file.dropLast(9))] == text, "\(file) differs from the embedded copy: run 'make templates'")
        }
    }

    @Test func overrideTemplateReplacesBuiltin() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("retro-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{% CONTENT_TYPE: TEXT}}\nCUSTOM {{id}}\n".write(to: dir.appendingPathComponent("retrospective.md.mustache"), atomically: true, encoding: .utf8)
        let renderer = Renderer(templates: try TemplateSet.withOverrides(from: dir))
        #expect(renderer.markdown(Assembler.assemble(Incident(id: "I-1", title: "t", severity: "P1")), sourceFile: "x").hasPrefix("CUSTOM I-1"))
        try "x".write(to: dir.appendingPathComponent("nonsense.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try TemplateSet.withOverrides(from: dir) }
    }

    @Test(arguments: [(0.0, "0 s"), (45.0, "45 s"), (1020.0, "17 min"), (7500.0, "2 h 5 min"), (7200.0, "2 h"), (90000.0, "1 d 1 h"), (-420.0, "−7 min")] as [(Double, String)])
    func durations(seconds: Double, expected: String) {
        #expect(DisplayTime.duration(seconds) == expected)
    }
}

/// Chat the document quotes sits between the quoted-speech markers the lint reads.
@Suite struct QuotedSpeechTests {
    @Test func chatterSignalsAndChatEventsAreMarkedAsQuotedSpeech() throws {
        var incident = Incident(id: "INC-16", title: "Search returned empty results", severity: "SEV2")
        incident.timeline = [TimelineEvent(at: Date(timeIntervalSince1970: 1_779_199_000), kind: .note, text: "Nightly reindex moved to daytime")]
        func message(_ i: Int, _ minute: Double, _ who: String, _ text: String) -> Message {
            Message(id: "m\(i)", at: Date(timeIntervalSince1970: 1_779_199_200 + minute * 60), author: .init(id: who, name: who), text: text,
                    channel: "inc", source: SourceRef(file: "chat.json", index: i))
        }
        let messages = [
            message(0, 0, "tomas", "seeing errors on search, zero results everywhere"),
            message(1, 3, "kyle", "honestly this is on Riley's cron change again"),
            message(2, 5, "priya", "rolling back search-api to 2.30.4"),
            message(3, 6, "Riley Park", "ok"),
        ]
        let retro = Assembler.assemble(incident, inputs: AssemblyInputs(messages: messages))
        let md = Renderer(templates: try TemplateSet.builtin()).markdown(retro, sourceFile: "incident.yaml")
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func quoted(_ fragment: String) -> Bool {
            guard let at = lines.firstIndex(where: { $0.contains(fragment) }) else { return false }
            let opened = lines[..<at].lastIndex { $0 == "<!-- retro-lint quoted-speech -->" }
            let closed = lines[..<at].lastIndex { $0 == "<!-- retro-lint end-quoted-speech -->" }
            return opened.map { o in closed.map { $0 < o } ?? true } ?? false
        }
        #expect(quoted("honestly this is on Riley's cron change again"), "the chatter")
        #expect(quoted("rolling back search-api to 2.30.4"), "an event taken from chat")
        #expect(quoted("attributed the problem to a person"), "the signals")
        #expect(!quoted("## Narrative"))
        #expect(lines.filter { $0 == "<!-- retro-lint quoted-speech -->" }.count == lines.filter { $0 == "<!-- retro-lint end-quoted-speech -->" }.count)
    }
}
