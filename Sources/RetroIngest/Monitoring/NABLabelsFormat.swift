import RetroModel

/// Numenta Anomaly Benchmark label files (`combined_windows.json`): anomaly windows per data file.
///
/// Recognised only to refuse them clearly: they are labels for other files, not a series, and
/// mixing windows from many unrelated data sets into one incident timeline would mislead.
struct NABLabelsFormat: SourceFormat {
    var name: String { "nab-labels" }
    var kind: SourceKind { .metrics }

    func matches(_ input: SourceInput) -> Bool {
        guard let object = input.json as? [String: Any], !object.isEmpty else { return false }
        return object.allSatisfy { key, value in
            key.hasSuffix(".csv") && (value as? [Any])?.allSatisfy { (($0 as? [Any])?.count ?? 0) == 2 } == true
        }
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        throw InputError(
            path: input.displayPath, jsonPath: "$",
            "This file lists anomaly windows for other data files (NAB labels); it holds no time series.",
            hint: "read the series CSV itself, and put the incident window in the incident file's 'window'")
    }
}
