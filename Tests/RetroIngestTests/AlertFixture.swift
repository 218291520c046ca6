import Foundation
import RetroIngest
import RetroModel

/// Locates the test fixtures and the shared corpus from this file's path.
enum AlertFixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func url(_ name: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures/alerts/\(name)")
    }

    static func read(_ name: String, as format: String? = nil) throws -> IngestResult {
        try Ingest.read(url(name), displayPath: name, as: format)
    }

    static func read(json: String, as format: String? = nil, path: String = "inline.json") throws -> IngestResult {
        try Ingest.read(SourceInput(data: Data(json.utf8), displayPath: path), as: format)
    }

    /// `<package root>/../shared/corpus`, when the checkout sits beside it.
    static var corpus: URL? {
        let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil
    }

    /// Each event as (epoch ms, kind) for compact comparisons.
    static func timeline(_ result: IngestResult) -> [Pair] {
        result.events.map { Pair(ms: Timestamp.epochMilliseconds($0.at), kind: $0.kind) }
    }

    struct Pair: Equatable, CustomStringConvertible {
        var ms: Int64
        var kind: AlertEvent.Kind
        var description: String { "\(ms) \(kind.rawValue)" }
    }
}
