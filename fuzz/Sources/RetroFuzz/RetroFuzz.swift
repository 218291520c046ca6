import Foundation
import RetroAssemble
import RetroIngest
import RetroLint
import RetroModel
import RetroRender

/// One libFuzzer binary for every parser family; `RETRO_FUZZ_TARGET` picks the family
/// (`make fuzz` runs each in turn with its own corpus folder).
///
/// Any thrown error is a correct answer to bad input; a trap, a sanitizer report or a hang is a bug.
enum FuzzTarget: String, CaseIterable {
    case chatJSON = "chat-json"
    case slackZip = "slack-zip"
    case plainLogs = "plain-logs"
    case metricsJSON = "metrics-json"
    case metricsText = "metrics-text"
    case metricsCSV = "metrics-csv"
    case alertJSON = "alert-json"
    case incident = "incident"
    case lint = "lint"
    case detect = "detect"
    /// The whole of `retro build` but the writing: assembly, rendering, the customer summary and
    /// the lint of the result, on a fuzzed incident file or a fuzzed source (see `BuildFuzz`).
    case build = "build"

    /// The formats a family forces with `--as`; empty means a different entry point.
    var formats: [String] {
        switch self {
        case .chatJSON: ["slack-api", "discord", "teams-export", "teams-graph", "mattermost", "telegram", "zulip", "slack-export"]
        case .slackZip: ["slack-export"]
        case .plainLogs: ["whatsapp", "irc", "plain-chat"]
        case .metricsJSON: ["prometheus-query-range", "prometheus-query", "grafana-snapshot", "grafana-annotations", "datadog-query", "cloudwatch", "nab-labels"]
        case .metricsText: ["openmetrics", "prometheus-text"]
        case .metricsCSV: ["csv", "influx-csv"]
        case .alertJSON: ["pagerduty-log-entries", "pagerduty-webhook-v2", "pagerduty-webhook-v3", "pagerduty-incidents", "opsgenie", "alertmanager", "cloudwatch-alarm-history", "datadog-unsupported"]
        case .incident, .lint, .detect, .build: []
        }
    }

    func run(_ data: Data) {
        switch self {
        case .incident:
            _ = try? IncidentFile.decode(data, path: "fuzz.yaml")
            _ = try? IncidentFile.decode(data, path: "fuzz.json")
        case .lint:
            _ = Linter.lint(String(decoding: data, as: UTF8.self), path: "fuzz.md")
        case .detect:
            _ = try? Ingest.read(SourceInput(data: data, displayPath: "fuzz"))
        case .build:
            BuildFuzz.run(data)
        default:
            for format in formats {
                _ = try? Ingest.read(SourceInput(data: data, displayPath: "fuzz"), as: format)
            }
        }
    }

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["RETRO_FUZZ_TARGET"] ?? "detect"
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("RETRO_FUZZ_TARGET must be one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzTarget.selected.run(data)
    return 0
}

/// SwiftPM links an executable target's entry point as `<Module>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

@_cdecl("RetroFuzz_main")
public func retroFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { start, size in fuzzOneInput(start, size) }
}
