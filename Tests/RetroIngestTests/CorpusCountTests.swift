import Foundation
import Testing
@testable import RetroIngest
import RetroModel

/// retro's parse of every real file and fixture against counts computed without retro.
///
/// `Fixtures/corpus-counts.json` is written by `tools/corpus_counts.py` from the raw files of the
/// shared corpus, the test fixtures and the samples' sources (its
/// docstring states the rules it counts by). Every entry must match exactly: the number of
/// messages, alert events or data points, the first and last time, and where the script counts
/// them, series, annotations and skipped records. A file the script finds empty or invalid must
/// be refused with an input error. Corpus entries are skipped when ../shared/corpus is absent.
@Suite struct CorpusCountTests {
    struct Expected: Decodable {
        var kind: String?
        var count: Int?
        var first: Stamp?
        var last: Stamp?
        var series: Int?
        var annotations: Int?
        var skipped: Int?
        var refused: String?
    }

    /// ISO text for chat and alerts, epoch milliseconds for data points.
    enum Stamp: Decodable, Equatable, CustomStringConvertible {
        case iso(String), ms(Int64)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int64.self) { self = .ms(n) } else { self = .iso(try c.decode(String.self)) }
        }
        var description: String {
            switch self {
            case .iso(let s): s
            case .ms(let n): "\(n)"
            }
        }
    }

    static let table: [String: Expected] = {
        let url = ChatTestSupport.testsFolder.appendingPathComponent("Fixtures/corpus-counts.json")
        do {
            return try JSONDecoder().decode([String: Expected].self, from: try Data(contentsOf: url))
        } catch {
            Issue.record("\(url.path): \(error)")
            return [:]
        }
    }()

    static var fixtureKeys: [String] { table.keys.filter { $0.hasPrefix("fixtures/") }.sorted() }
    static var corpusKeys: [String] { table.keys.filter { $0.hasPrefix("corpus/") }.sorted() }
    static var sampleKeys: [String] { table.keys.filter { $0.hasPrefix("samples/") }.sorted() }

    static func url(_ key: String) -> URL {
        if key.hasPrefix("corpus/") { return ChatTestSupport.corpus.appendingPathComponent(String(key.dropFirst("corpus/".count))) }
        if key.hasPrefix("samples/") { return ChatTestSupport.testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(key) }
        return ChatTestSupport.testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(String(key.dropFirst("fixtures/".count)))
    }

    @Test func theTableCoversTheFixturesAndTheCorpus() {
        #expect(Self.fixtureKeys.count >= 40)
        #expect(Self.sampleKeys.count == 11)
        if ChatCorpusTests.available { #expect(Self.corpusKeys.count >= 100) }
    }

    @Test(arguments: fixtureKeys) func fixture(_ key: String) throws { try Self.check(key) }

    @Test(arguments: sampleKeys) func sampleSource(_ key: String) throws { try Self.check(key) }

    @Test(.enabled(if: ChatCorpusTests.available), arguments: corpusKeys) func corpusFile(_ key: String) throws { try Self.check(key) }

    static func check(_ key: String) throws {
        let expected = try #require(table[key])
        let url = url(key)
        if let reason = expected.refused {
            do {
                let result = try Ingest.read(url, displayPath: key)
                Issue.record("\(key) was read as \(result.format) (\(result.messages.count + result.events.count) records); the count script refuses it: \(reason)")
            } catch is InputError {
            } catch is InputErrors {
            }
            return
        }
        let result = try Ingest.read(url, displayPath: key)
        switch expected.kind {
        case "chat":
            let times = result.messages.map(\.at)
            #expect(result.kind == .chat, "\(key)")
            #expect(result.messages.count == expected.count, "\(key)")
            #expect(times.min().map { Stamp.iso(Timestamp.iso($0)) } == expected.first, "\(key)")
            #expect(times.max().map { Stamp.iso(Timestamp.iso($0)) } == expected.last, "\(key)")
        case "alerts":
            let times = result.events.map(\.at)
            #expect(result.kind == .alerts, "\(key)")
            #expect(result.events.count == expected.count, "\(key)")
            #expect(times.min().map { Stamp.iso(Timestamp.iso($0)) } == expected.first, "\(key)")
            #expect(times.max().map { Stamp.iso(Timestamp.iso($0)) } == expected.last, "\(key)")
        default:
            let points = result.series.flatMap { $0.points.map(\.t) }
            #expect(result.kind == .metrics, "\(key)")
            #expect(points.count == expected.count, "\(key)")
            #expect(points.min().map(Stamp.ms) == expected.first, "\(key)")
            #expect(points.max().map(Stamp.ms) == expected.last, "\(key)")
            if let series = expected.series { #expect(result.series.count == series, "\(key)") }
            #expect(result.annotations.count == (expected.annotations ?? 0), "\(key)")
        }
        if let skipped = expected.skipped { #expect(result.skipped.count == skipped, "\(key)") }
    }
}
