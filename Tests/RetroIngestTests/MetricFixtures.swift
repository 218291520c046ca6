import Foundation
@testable import RetroIngest
import RetroModel

/// Loads this target's own metric fixtures and runs detection over the metric formats only.
enum MetricFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/metrics")

    static func input(_ name: String) throws -> SourceInput {
        try SourceInput(url: folder.appendingPathComponent(name), displayPath: name)
    }

    /// The name of the first metric format whose detector accepts the input.
    static func detect(_ input: SourceInput) -> String? {
        MetricFormats.all.first { $0.matches(input) }?.name
    }

    static func parse(_ name: String, as format: String? = nil, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        let input = try input(name)
        let formatName = format ?? detect(input)
        guard let parser = MetricFormats.all.first(where: { $0.name == formatName }) else {
            throw InputError(path: name, "no metric format matched")
        }
        return try parser.parse(input, options: options)
    }

    /// Points as (t, v) pairs with NaN compared as equal, for compact expectations.
    static func same(_ points: [MetricSeries.Point], _ expected: [(Int64, Double)]) -> Bool {
        points == expected.map { MetricSeries.Point(t: $0.0, v: $0.1) }
    }

    static func error(_ body: () throws -> Any) -> InputError? {
        do {
            _ = try body()
            return nil
        } catch let error as InputError {
            return error
        } catch {
            return nil
        }
    }
}
