import Foundation
import Testing
@testable import RetroIngest
import RetroModel

/// No format returns an empty success: a file that yields nothing is an error that names it.
@Suite struct EmptySourceTests {
    @Test(arguments: ["", "\n\n  \r\n"])
    func anEmptyFileSaysItIsEmpty(_ text: String) throws {
        let error = try #require(throws: InputError.self) { try Ingest.read(SourceInput(data: Data(text.utf8), displayPath: "export.json")) }
        #expect(error.location.path == "export.json")
        #expect(error.message.contains(text.isEmpty ? "The file is empty" : "only white space"))
        #expect(!error.message.contains("it starts"))
    }

    /// Each is a well-formed file of its format that holds no record at all.
    @Test(arguments: [
        ("mattermost.jsonl", #"{"type":"version","version":1}"# + "\n" + #"{"type":"team","team":{"name":"ops","display_name":"Ops"}}"# + "\n" + #"{"type":"channel","channel":{"team":"ops","name":"inc-88","display_name":"inc-88"}}"# + "\n", "mattermost", "no message"),
        ("history.json", #"{"ok": true, "messages": [], "has_more": false}"#, "slack-api", "no message"),
        ("alerts.json", #"{"version":"4","groupKey":"{}:{alertname=\"X\"}","status":"firing","receiver":"r","alerts":[]}"#, "alertmanager", "no alert event"),
        ("log_entries.json", #"{"log_entries": [], "limit": 25, "offset": 0, "more": false, "total": null}"#, "pagerduty-log-entries", "no alert event"),
        ("range.json", #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#, "prometheus-query-range", "no data point"),
        ("teams.json", #"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#chats('19%3Aabc')/messages","@odata.count":0,"value":[]}"#, "teams-graph", "no message"),
    ])
    func aFileWithNoRecordsIsAnError(_ name: String, _ text: String, _ format: String, _ what: String) throws {
        let input = SourceInput(data: Data(text.utf8), displayPath: name)
        do {
            let result = try Ingest.read(input, as: format)
            Issue.record("\(name) read as \(result.format) with nothing in it")
        } catch let error as InputError {
            #expect(error.location.path == name)
            #expect(error.message.contains("retro read \(what) from this file as '\(format)'"), "\(error)")
        }
    }

    @Test func theErrorNamesTheFormatAndWhatWasExpected() throws {
        let text = #"{"type":"version","version":1}"# + "\n"
        let error = try #require(throws: InputError.self) { try Ingest.read(SourceInput(data: Data(text.utf8), displayPath: "bulk.jsonl"), as: "mattermost") }
        #expect(error.description.hasPrefix("bulk.jsonl"))
        #expect(error.message.contains("'mattermost'"))
        #expect(error.message.contains("Expected: Mattermost bulk export JSONL"))
    }

    @Test func everyFormatAUserCanAskForHasASummaryAndInternalOnesAreNotListed() {
        let listed = Ingest.userFormats.map(\.name)
        #expect(!listed.contains("datadog-unsupported"))
        #expect(!listed.contains("nab-labels"))
        let refusers: Set<String> = ["datadog-unsupported", "nab-labels", "refused-payloads"]
        for name in Ingest.formatNames where !refusers.contains(name) {
            #expect(listed.contains(name), "\(name) has no entry in FormatCatalog")
        }
        #expect(Ingest.userFormats.allSatisfy { !$0.summary.isEmpty && !$0.summary.contains("\n") })
    }
}
