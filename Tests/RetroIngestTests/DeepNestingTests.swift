import Foundation
import Testing
import RetroIngest
import RetroModel

/// Deeply nested input must be refused or read, never overflow the stack.
@Suite struct DeepNestingTests {
    static let depth = 100_000

    static func outcome(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "accepted"
        } catch let error as InputError {
            return "InputError: \(error)"
        } catch let errors as InputErrors {
            return "InputErrors: \(errors)"
        } catch {
            return "other: \(error)"
        }
    }

    @Test(arguments: ["[", "{\"a\":"])
    func deeplyNestedJSONIsRefusedWithoutCrashing(opener: String) {
        let started = Date()
        defer { #expect(Date().timeIntervalSince(started) < 20, "refused quickly") }
        let text = String(repeating: opener, count: Self.depth)
        let result = Self.outcome { _ = try Ingest.read(SourceInput(data: Data(text.utf8), displayPath: "deep.json")) }
        #expect(result.hasPrefix("InputError"), "\(result.prefix(300))")
        let forced = Self.outcome { _ = try Ingest.read(SourceInput(data: Data(text.utf8), displayPath: "deep.json"), as: "slack-api") }
        #expect(forced.hasPrefix("InputError"), "\(forced.prefix(300))")
    }

    @Test(arguments: ["[", "{a: ", "- "])
    func deeplyNestedIncidentFileIsRefusedWithoutCrashing(opener: String) {
        let started = Date()
        defer { #expect(Date().timeIntervalSince(started) < 20, "refused quickly") }
        // Block nesting costs its indentation in bytes, so 3,000 levels (4.5 MB) stand for "deep".
        let text = opener == "- " ? (0..<3_000).map { String(repeating: " ", count: $0) + "- " }.joined(separator: "\n")
            : "schema: retro/v1\nid: " + String(repeating: opener, count: Self.depth)
        let result = Self.outcome { _ = try IncidentFile.decode(Data(text.utf8), path: "deep.yaml") }
        #expect(result.hasPrefix("InputError"), "\(result.prefix(300))")
        let json = "{\"schema\": " + String(repeating: "[", count: Self.depth)
        let resultJSON = Self.outcome { _ = try IncidentFile.decode(Data(json.utf8), path: "deep.json") }
        #expect(resultJSON.hasPrefix("InputError"), "\(resultJSON.prefix(300))")
    }
}
