import Foundation
import RetroAssemble
import RetroIngest
import RetroModel
import Testing

@testable import RetroRender

/// The narrative retro writes for each sample when its hand-written one is removed: stable text
/// (golden files), and every time and duration in it traceable to the model or the file's own words.
@Suite struct SampleNarrativeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = ["payments-pool-exhaustion", "admin-panel-production", "video-start-slo"]

    /// The sample assembled from all its sources, without its hand-written narrative.
    static func retrospective(_ name: String) throws -> Retrospective {
        let loaded = try IncidentFile.load(root.appendingPathComponent("samples/\(name)/incident.yaml"))
        var incident = loaded.incident
        incident.narrative = nil
        var inputs = AssemblyInputs()
        func read(_ path: String, _ format: String?, _ options: IngestOptions) throws -> IngestResult {
            try Ingest.read(loaded.directory.appendingPathComponent(path), displayPath: path, as: format, options: options)
        }
        for chat in incident.sources.chat {
            let options = IngestOptions(zone: chat.tz.flatMap(TimeZone.init(identifier:)), channel: chat.channel, workspaceURL: chat.workspaceURL)
            inputs.messages += try read(chat.path, chat.format, options).messages
        }
        for alert in incident.sources.alerts {
            inputs.alerts += try read(alert.path, alert.format, IngestOptions(zone: alert.tz.flatMap(TimeZone.init(identifier:)))).events
        }
        for source in incident.sources.monitoring {
            let r = try read(source.path, source.format, IngestOptions(zone: source.tz.flatMap(TimeZone.init(identifier:))))
            inputs.monitoring.append(AssemblyInputs.Monitoring(source: source, series: r.series))
            inputs.annotations += r.annotations
        }
        inputs.messages.sort { $0.at < $1.at }
        inputs.alerts.sort { $0.at < $1.at }
        return Assembler.assemble(incident, inputs: inputs)
    }

    static func narrative(_ retro: Retrospective) -> String {
        NarrativeWriter(retro: retro, clock: DisplayTime(zone: retro.incident.displayZone)).paragraphs().joined(separator: "\n\n") + "\n"
    }

    @Test(arguments: samples)
    func matchesGolden(name: String) throws {
        Golden.check(Self.narrative(try Self.retrospective(name)), named: "narrative-\(name).txt")
    }

    @Test(arguments: samples)
    func everyTimeAndDurationComesFromTheModel(name: String) throws {
        let retro = try Self.retrospective(name)
        let text = Self.narrative(retro)
        let clock = DisplayTime(zone: retro.incident.displayZone)
        let i = retro.incident
        // The file's own words may hold times and durations; they are quoted, not computed.
        let quoted = ([i.impact.summary ?? ""] + i.timeline.map(\.text) + i.wentWell + i.contributingFactors.map(\.title)).joined(separator: " ")
        let times = Set(retro.window.milestones.compactMap { $0.at.map(clock.time) } + retro.timeline.events.map { clock.time($0.at) })
        // Zone offsets (UTC+01:00) are not times.
        for match in text.replacing(/UTC[+\-−]\d{2}:\d{2}/, with: "").matches(of: /\b\d{2}:\d{2}\b/) {
            let t = String(match.output)
            #expect(times.contains(t) || quoted.contains(t), "\(name): \(t) is neither a model time nor in the file's texts")
        }
        let d = retro.durations
        var spans = [d.timeToDetect, d.timeToAcknowledge, d.timeToMitigate, d.total].compactMap { $0 }.map { DisplayTime.longDuration(TimeInterval($0)) }
        if let m = retro.window.mitigated, let r = retro.window.resolved { spans.append(DisplayTime.longDuration(r.timeIntervalSince(m))) }
        for match in text.matches(of: /\b\d+ hours?( \d+ minutes?)?|\b\d+ minutes?\b/) {
            let span = String(match.output.0)
            #expect(spans.contains { $0 == span || $0.hasSuffix(span) || $0.hasPrefix(span) } || quoted.contains(span), "\(name): '\(span)' is not a duration of the model")
        }
        #expect(text.contains("lasted \(DisplayTime.longDuration(TimeInterval(try #require(d.total))))"))
        for person in i.people {
            #expect(!text.contains(person.name), "\(name): names no one")
        }
    }
}
