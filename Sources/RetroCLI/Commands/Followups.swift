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
                Give incident files or folders; folders are searched for YAML and JSON files whose schema is retro/v1 (other files are passed over). Each row names the incident file it comes from. A file that cannot be read is reported and the others are still listed; the exit code is then 2. An incident id found in more than one file is listed once, from the first file, with a warning. A follow-up is overdue when its due date is before --as-of and it is neither done nor won't-do. --as-of defaults to today (UTC); pass it to get the same output on every day.

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
            var files: [String] = [], empty: [InputError] = []
            for path in paths {
                let found = try IncidentFinder.files(in: [path])
                // A folder that holds no incident file is more likely a wrong path than an empty review.
                if found.isEmpty { empty.append(InputError(path: path, "No incident file found in this folder.", hint: "retro followups reads YAML and JSON files with 'schema: retro/v1'")) }
                files += found
            }
            let collected = FollowUpCollection(files: files, asOf: today)
            for warning in collected.warnings { Console.warning(warning) }
            for error in empty + collected.errors { Console.error(error.description) }
            let rows = collected.rows
            if json {
                Output.line(JSONValue.object([("follow_ups", .array(rows.map(\.json)))]).serialized())
            } else if csv {
                Output.line(FollowUpRow.csvHeader)
                for row in rows { Output.line(row.csv) }
            } else {
                Output.line(FollowUpRow.text(rows, asOf: today))
            }
            if !collected.errors.isEmpty {
                Console.note("\(collected.errors.count) of \(collected.fileCount) incident files could not be read; their follow-ups are not listed.")
            }
            if !collected.errors.isEmpty || !empty.isEmpty { throw ExitCode(ExitStatus.badInput) }
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
            let candidates = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension.lowercased()) }
                .map { (path as NSString).appendingPathComponent($0) }
            // The files' first bytes are read on several threads; notes follow the folder's order.
            let verdicts = ParallelMap.map(count: candidates.count) { Self.verdict(candidates[$0]) }
            var found: [String] = []
            for (file, verdict) in zip(candidates, verdicts) {
                switch verdict {
                case .incident: found.append(file)
                case .other: continue
                case .notRegular:
                    let shown = String(String.UnicodeScalarView(file.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
                    FileHandle.standardError.write(Data("retro: note: \(shown): not a regular file (a pipe, device or socket); skipped.\n".utf8))
                }
            }
            result += found.sorted()
        }
        return result
    }
}

extension IncidentFinder {
    enum Verdict { case incident, other, notRegular }

    /// Whether `file` in a folder is an incident file: a regular file whose first 2 KB name the schema.
    static func verdict(_ file: String) -> Verdict {
        // Opening a named pipe waits for a writer: only regular files are opened.
        guard FileCheck.isRegularFile(file) else { return .notRegular }
        guard let handle = FileHandle(forReadingAtPath: file) else { return .other }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 2048)) ?? Data(), as: UTF8.self)
        return head.contains("retro/v1") ? .incident : .other
    }
}

/// One follow-up of one incident, with its overdue flag.
struct FollowUpRow {
    var incident: String
    /// The incident file the follow-up is written in, as the user named it.
    var file: String
    var item: FollowUp
    var overdue: Bool

    init(incident: String, file: String, item: FollowUp, asOf: String) {
        self.incident = incident
        self.file = file
        self.item = item
        // ISO dates compare correctly as text.
        overdue = (item.status == .open || item.status == .inProgress) && (item.due.map { $0 < asOf } ?? false)
    }

    var json: JSONValue {
        .object([
            ("incident", .string(incident)), ("id", .string(item.id)), ("title", .string(item.title)),
            ("owner", .optional(item.owner)), ("due", .optional(item.due)), ("status", .string(item.status.rawValue)),
            ("tracker", .optional(item.tracker)), ("addresses", .array(item.addresses.map(JSONValue.string))), ("overdue", .bool(overdue)),
            ("file", .string(file)),
        ])
    }

    static let csvHeader = "incident,id,title,owner,due,status,tracker,addresses,overdue,file"

    var csv: String {
        [incident, item.id, item.title, item.owner ?? "", item.due ?? "", item.status.rawValue, item.tracker ?? "", item.addresses.joined(separator: " "), overdue ? "true" : "false", file]
            .map(Self.csvField).joined(separator: ",")
    }

    /// RFC 4180 quoting. A cell that a spreadsheet could run as a formula is prefixed with `'`: one
    /// that starts with a tab or a carriage return, or whose first visible character (after spaces
    /// and invisible ones such as a zero-width joiner) is `=`, `+`, `-` or `@`, or a full-width form.
    /// Line breaks and controls are shown as visible escapes (`TerminalText`), so a cell can never
    /// start a line of its own in a terminal or a CI log.
    static func csvField(_ text: String) -> String {
        let startsWithControl = text.hasPrefix("\t") || text.hasPrefix("\r")
        var value = TerminalText.value(text)
        let first = value.unicodeScalars.first { !($0 == " " || $0.properties.isDefaultIgnorableCodePoint) }
        if startsWithControl || first.map({ "=+-@\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains($0) }) == true {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func text(_ rows: [FollowUpRow], asOf: String) -> String {
        guard !rows.isEmpty else { return "No follow-ups found." }
        var lines = rows.map { r in
            TerminalText.value(
                "\(r.overdue ? "OVERDUE " : "")\(r.incident) \(r.item.id) [\(r.item.status.rawValue)] due \(r.item.due ?? "—"), \(r.item.owner ?? "no owner"): \(r.item.title) (\(r.file))")
        }
        let done = rows.filter { $0.item.status == .done }.count
        lines.append("\(rows.count) follow-up\(rows.count == 1 ? "" : "s"): \(done) done, \(rows.filter(\.overdue).count) overdue as of \(asOf).")
        return lines.joined(separator: "\n")
    }
}
