import Foundation
import RetroAssemble
import RetroIngest
import RetroModel

/// Reads every source an incident file names, relative to the incident file's folder.
struct SourceLoader {
    let loaded: IncidentFile.Loaded
    /// Allow source paths that lead outside the incident file's folder.
    var allowOutside = false

    /// What was read, plus the skips and notes to report.
    struct Loaded {
        var inputs = AssemblyInputs()
        var skipped: [Skip] = []
        var notes: [String] = []

        /// Prints the skipped records (the first 20, then a count) and the notes on stderr.
        func report() { SourceLoader.report(skipped: skipped, notes: notes) }
    }

    /// Every command that reads sources reports what it skipped this way, so no record is dropped silently.
    static func report(skipped: [Skip], notes: [String]) {
        for skip in skipped.prefix(20) { Console.warning("\(skip.location): skipped: \(skip.reason)") }
        if skipped.count > 20 { Console.warning("\(skipped.count - 20) more records skipped") }
        if !skipped.isEmpty { Console.note("\(skipped.count) record(s) skipped in all; see 'retro inspect' for each source") }
        for note in notes { Console.note(note) }
    }

    func load() throws -> Loaded {
        var result = Loaded()
        let sources = loaded.incident.sources
        var problems: [InputError] = []
        func read(_ path: String, format: String?, options: IngestOptions, key: String) -> IngestResult? {
            do {
                let url = try resolve(path, key: key)
                // Values carry the path as the incident file writes it, so outputs do not depend on
                // the working directory; what is printed for the user goes through `display`.
                let r = try Ingest.read(url, displayPath: path, as: format, options: options)
                result.skipped += r.skipped.map { Skip(displayed($0.location), $0.reason) }
                result.notes += r.notes.map { "\(display(path)): \($0)" }
                return r
            } catch let error as InputError {
                problems.append(displayed(error))
            } catch let errors as InputErrors {
                problems += errors.errors.map(displayed)
            } catch {
                problems.append(InputError(path: display(path), "The source could not be read: \(error)."))
            }
            return nil
        }
        for (i, chat) in sources.chat.enumerated() {
            let options = IngestOptions(zone: chat.tz.flatMap(TimeZone.init(identifier:)), channel: chat.channel, workspaceURL: chat.workspaceURL, date: chat.date)
            guard let r = read(chat.path, format: chat.format, options: options, key: "$.sources.chat[\(i)].path") else { continue }
            if r.kind != .chat { problems.append(wrongKind(chat.path, r, expected: "a chat export", list: "chat")) }
            result.inputs.messages += r.messages
        }
        for (i, alert) in sources.alerts.enumerated() {
            let options = IngestOptions(zone: alert.tz.flatMap(TimeZone.init(identifier:)))
            guard let r = read(alert.path, format: alert.format, options: options, key: "$.sources.alerts[\(i)].path") else { continue }
            if r.kind != .alerts { problems.append(wrongKind(alert.path, r, expected: "an alert log", list: "alerts")) }
            result.inputs.alerts += r.events
        }
        for (i, monitoring) in sources.monitoring.enumerated() {
            let options = IngestOptions(zone: monitoring.tz.flatMap(TimeZone.init(identifier:)))
            guard let r = read(monitoring.path, format: monitoring.format, options: options, key: "$.sources.monitoring[\(i)].path") else { continue }
            if r.kind != .metrics { problems.append(wrongKind(monitoring.path, r, expected: "a monitoring snapshot", list: "monitoring")) }
            result.inputs.monitoring.append(AssemblyInputs.Monitoring(source: monitoring, series: r.series))
            result.inputs.annotations += r.annotations
        }
        guard problems.isEmpty else { throw InputErrors(problems) }
        result.inputs.messages.sort { $0.at < $1.at }
        result.inputs.alerts.sort { $0.at < $1.at }
        return result
    }

    /// The path as shown in messages: relative to where the user ran retro, through the incident folder.
    func display(_ path: String) -> String {
        let folder = (loaded.path as NSString).deletingLastPathComponent
        return folder.isEmpty ? path : "\(folder)/\(path)"
    }

    /// A location inside a source, as the user finds it from the working directory.
    func displayed(_ location: SourceLocation) -> SourceLocation {
        var copy = location
        if !location.path.hasPrefix("/") { copy.path = display(location.path) }
        return copy
    }

    func displayed(_ error: InputError) -> InputError {
        var copy = error
        copy.location = displayed(error.location)
        return copy
    }

    /// The source's URL; a path that leads outside the incident folder is refused unless allowed.
    func resolve(_ path: String, key: String) throws -> URL {
        let base = loaded.directory.standardizedFileURL.resolvingSymlinksInPath()
        let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)).standardizedFileURL
        let real = url.resolvingSymlinksInPath()
        if !allowOutside, !(real.path == base.path || real.path.hasPrefix(base.path + "/")) {
            throw InputError(
                path: loaded.path, jsonPath: key, "The source '\(path)' is outside the incident file's folder.",
                hint: "move it next to the incident file, or pass --allow-outside-paths if that is intended")
        }
        return url
    }

    private func wrongKind(_ path: String, _ r: IngestResult, expected: String, list: String) -> InputError {
        InputError(path: display(path), "This is \(r.kind == .chat ? "a chat export" : r.kind == .alerts ? "an alert log" : "a monitoring snapshot") (\(r.format)), not \(expected).", hint: "list it under the right key of 'sources', not '\(list)'")
    }
}
