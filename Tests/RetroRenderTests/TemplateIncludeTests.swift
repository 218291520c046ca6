import Foundation
import RetroModel
import Testing

@testable import RetroRender

/// Templates that include one another in a cycle are refused before anything renders.
@Suite struct TemplateIncludeTests {
    static func overrides(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("retro-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8) }
        return dir
    }

    static func error(_ files: [String: String]) throws -> InputError? {
        let dir = try overrides(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try TemplateSet.withOverrides(from: dir)
            return nil
        } catch let error as InputError {
            return error
        }
    }

    @Test func aTemplateThatIncludesItselfIsRefused() throws {
        let error = try #require(try Self.error(["style.css": "body { color: black; }\n{{> style.css}}\n"]))
        #expect(error.message == "The templates include one another in a cycle: style.css → style.css.")
        #expect(error.location.path.hasSuffix("style.css.mustache"))
    }

    @Test func aCycleThroughSeveralTemplatesIsRefused() throws {
        let error = try #require(try Self.error([
            "monitoring": "## Monitoring\n{{#panels}}{{> timeline}}{{/panels}}\n",
            "timeline": "{{=<% %>=}}## Timeline\n<%> factors%>\n",
            "factors": "{{{raw}}} {{>monitoring}}\n",
        ]))
        #expect(error.message.contains("cycle: factors → monitoring → timeline → factors"), "\(error.message)")
    }

    @Test func includingByAValueIsRefused() throws {
        let error = try #require(try Self.error(["page.html": "<html>{{> *title}}</html>"]))
        #expect(error.message.contains("includes another by a value"))
    }

    @Test func theBuiltInTemplatesAndPlainOverridesPass() throws {
        _ = try TemplateSet.builtin()
        #expect(try Self.error(["style.css": "body { color: black; }\n", "timeline": "{{> followups}}\n"]) == nil)
    }

    @Test(arguments: [
        ("{{> a}} {{>b}} {{ > c }}", ["a", "b", "c"]),
        ("{{< parent}}{{$x}}y{{/x}}{{/parent}}", ["parent"]),
        ("{{=[[ ]]=}}[[> a]] {{> not-a-tag}}", ["a"]),
        ("{{{> raw}}} {{! > comment }}", []),
    ])
    func findsIncludes(text: String, expected: [String]) {
        #expect(TemplateIncludes.names(in: text).names == expected)
    }
}
