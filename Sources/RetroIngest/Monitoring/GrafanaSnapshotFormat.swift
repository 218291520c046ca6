import Foundation
import RetroModel

/// A Grafana dashboard snapshot (`/api/snapshots/:key`, the create body, or a saved snapshot view).
///
/// Every panel's `snapshotData` becomes series (rows are searched recursively); a series carries a
/// `panel` label with its panel's title. Annotation snapshots become timeline notes.
struct GrafanaSnapshotFormat: SourceFormat {
    var name: String { "grafana-snapshot" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard let dashboard = (input.json as? [String: Any])?["dashboard"] as? [String: Any],
            let panels = dashboard["panels"] as? [[String: Any]]
        else { return false }
        return Self.containsSnapshotData(panels)
    }

    private static func containsSnapshotData(_ panels: [[String: Any]]) -> Bool {
        panels.contains { $0["snapshotData"] != nil || containsSnapshotData($0["panels"] as? [[String: Any]] ?? []) }
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let path = input.displayPath
        guard let dashboard = ((try ChatJSON.load(input)) as? [String: Any])?["dashboard"] as? [String: Any] else {
            throw InputError(
                path: path, jsonPath: "$.dashboard", "The file is not a Grafana snapshot: 'dashboard' is missing.",
                hint: "share the dashboard as a snapshot and save its JSON")
        }
        var result = IngestResult(format: name, kind: kind)
        var collector = SeriesCollector()
        var index = 0
        let frames = GrafanaFrames(path: path)
        func walk(_ panels: [Any], at jsonPath: String) throws {
            for (p, item) in panels.enumerated() {
                guard let panel = item as? [String: Any] else { continue }
                let panelPath = "\(jsonPath)[\(p)]"
                let title = panel["title"] as? String
                if let data = panel["snapshotData"] as? [Any] {
                    for (d, frame) in data.enumerated() {
                        guard let object = frame as? [String: Any] else {
                            throw InputError(
                                path: path, jsonPath: "\(panelPath).snapshotData[\(d)]", "Each snapshot frame should be an object.", hint: "share the dashboard as a snapshot and save its JSON unchanged")
                        }
                        if object["type"] as? String == "table", object["rows"] != nil {
                            result.skipped.append(
                                Skip(
                                    SourceLocation(path: path, jsonPath: "\(panelPath).snapshotData[\(d)]"),
                                    "A legacy table panel ('\(title ?? "")') holds no time series."))
                            continue
                        }
                        try frames.read(object, jsonPath: "\(panelPath).snapshotData[\(d)]", panel: title, index: index, into: &collector)
                        index += 1
                    }
                }
                if let nested = panel["panels"] as? [Any] { try walk(nested, at: "\(panelPath).panels") }
            }
        }
        try walk(dashboard["panels"] as? [Any] ?? [], at: "$.dashboard.panels")
        let annotationLists = ((dashboard["annotations"] as? [String: Any])?["list"] as? [[String: Any]]) ?? []
        for (l, list) in annotationLists.enumerated() {
            let events = list["snapshotData"] as? [Any] ?? []
            result.annotations += try GrafanaAnnotationsFormat.events(
                events, path: path, jsonPath: "$.dashboard.annotations.list[\(l)].snapshotData")
        }
        result.series = collector.series
        if result.series.isEmpty {
            result.notes.append("The snapshot's panels hold no time series.")
        }
        return result
    }
}
