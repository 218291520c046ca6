import Foundation
import RetroIngest
import RetroModel

/// Where the chat fixtures and the shared corpus live, found from this file's path.
enum ChatTestSupport {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures/chat")
    /// The package root is three levels above a test file; the corpus sits beside it.
    static let corpus = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus").standardizedFileURL

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    static func read(_ url: URL, as format: String? = nil, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        try Ingest.read(url, displayPath: url.lastPathComponent, as: format, options: options)
    }

    static func iso(_ message: Message) -> String { Timestamp.iso(message.at) }
}
