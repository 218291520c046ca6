import ArgumentParser
import Foundation
import RetroIngest
import RetroModel

extension RetroCommand {
    /// `retro followups`: every follow-up across many incident files, for one review.
    struct Followups: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the follow-ups of many incidents in one place, with owner, due date, status and whether each is overdue.",
            discussion: """
                Give incident files or folders; folders are searched for YAML and JSON files whose schema is retro/v1 (other files are passed over). A follow-up is overdue when its due date is before --as-of and it is neither done nor won't-do. --as-of defaults to today (UTC); pass it to get the same output on every day.

                Examples:
                  retro followups docs/incidents/
                  retro followups docs/incidents/ --csv > followups.csv
                  retro followups samples --json --as-of 2026-04-20
                """)

        @Argument(help: "Incident files or folders that hold them.")
        var paths: [String]

        @Flag(help: "Print JSON: {\"follow_ups\": [...]}.")
        var json = false

        @Flag(help: "Print CSV with a header row.")
        var csv = false

        @Option(name: .customLong("as-of"), help: "The date overdue is judged against (YYYY-MM-DD). Default: today, UTC.")
        var asOf: String?

        func validate() throws {
            if json && csv { throw ValidationError("Choose one of --json and --csv.") }
        }

        func run() throws {
            let today = try asOf.map(Self.checkDate) ?? String(Timestamp.iso(Date()).prefix(10))
            var rows: [FollowUpRow] = []
            for file in try IncidentFinder.files(in: paths) {
                let incident = try IncidentFile.load(URL(fileURLWithPath: file), displayPath: file).incident
                rows += incident.followUps.map { FollowUpRow(incident: incident.id, item: $0, asOf: today) }
            }
            rows.sort { ($0.item.due ?? "9999", $0.incident, $0.item.id) < ($1.item.due ?? "9999", $1.incident, $1.item.id) }
            if json {
                print(JSONValue.object([("follow_ups", .array(rows.map(\.json)))]).serialized())
            } else if csv {
                print(FollowUpRow.csvHeader)
                for row in rows { print(row.csv) }
            } else {
                print(FollowUpRow.text(rows, asOf: today))
            }
        }

        static func checkDate(_ text: String) throws -> String {
            guard text.count == 10, Timestamp.parse(text) != nil else {
                throw InputError(path: "--as-of", "'\(text)' is not a date.", hint: "write it as YYYY-MM-DD")
            }
            return text
        }
    }
}

/// Finds incident files among paths the user gave.
enum IncidentFinder {
    static func files(in paths: [String]) throws -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError(path: path, "No such file or folder.") }
            guard isDir.boolValue else { result.append(path); continue }
            let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension.lowercased()) }
                .map { (path as NSString).appendingPathComponent($0) }
                .filter { file in
                    // Opening a named pipe waits for a writer: only regular files are opened.
                    guard FileCheck.isRegularFile(file) else {
                        let shown = String(String.UnicodeScalarView(file.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
                        FileHandle.standardError.write(Data("retro: note: \(shown): not a regular file (a pipe, device or socket); skipped.\n".utf8))
                        return false
                    }
                    guard let handle = FileHandle(forReadingAtPath: file) else { return false }
                    defer { try? handle.close() }
                    let head = String(decoding: (try? handle.read(upToCount: 2048)) ?? Data(), as: UTF8.self)
                    return head.contains("retro/v1")
                }
            result += found.sorted()
        }
        return result
    }
}

/// One follow-up of one incident, with its overdue flag.
struct FollowUpRow {
    var incident: String
    var item: FollowUp
    var overdue: Bool

    init(incident: String, item: FollowUp, asOf: String) {
        self.incident = incident
        self.item = item
        // ISO dates compare correctly as text.
        overdue = (item.status == .open || item.status == .inProgress) && (item.due.map { $0 < asOf } ?? false)
    }

    var json: JSONValue {
        .object([
            ("incident", .string(incident)), ("id", .string(item.id)), ("title", .string(item.title)),
            ("owner", .optional(item.owner)), ("due", .optional(item.due)), ("status", .string(item.status.rawValue)),
            ("tracker", .optional(item.tracker)), ("addresses", .array(item.addresses.map(JSONValue.string))), ("overdue", .bool(overdue)),
        ])
    }

    static let csvHeader = "incident,id,title,owner,due,status,tracker,addresses,overdue"

    var csv: String {
        [incident, item.id, item.title, item.owner ?? "", item.due ?? "", item.status.rawValue, item.tracker ?? "", item.addresses.joined(separator: " "), overdue ? "true" : "false"]
            .map(Self.csvField).joined(separator: ",")
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not run it as a formula.
    static func csvField(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func text(_ rows: [FollowUpRow], asOf: String) -> String {
        guard !rows.isEmpty else { return "No follow-ups found." }
        var lines = rows.map { r in
            "\(r.overdue ? "OVERDUE " : "")\(r.incident) \(r.item.id) [\(r.item.status.rawValue)] due \(r.item.due ?? "—"), \(r.item.owner ?? "no owner"): \(r.item.title)"
        }
        let done = rows.filter { $0.item.status == .done }.count
        lines.append("\(rows.count) follow-ups: \(done) done, \(rows.filter(\.overdue).count) overdue as of \(asOf).")
        return lines.joined(separator: "\n")
    }
}
