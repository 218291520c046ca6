import Foundation
import Testing
import ZIPFoundation
@testable import RetroIngest
import RetroModel

/// Hostile sizes and shapes: each is refused quickly with a message naming the limit and the
/// variable that raises it, or read with bounded work.
@Suite struct ResourceLimitTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("retro-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A zip built in memory from (name, bytes) pairs, deflated.
    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static func refusal(_ body: () throws -> Void) -> InputError? {
        do {
            try body()
            return nil
        } catch let error as InputError {
            return error
        } catch {
            return nil
        }
    }

    static let day = Data(#"[{"type":"message","user":"U1","text":"hello","ts":"1736500000.000100"}]"#.utf8)
    static let users = Data(#"[{"id":"U1","name":"dana"}]"#.utf8)
    static let channels = Data(#"[{"id":"C1","name":"general"}]"#.utf8)

    @Test func aTwoGigabyteFileIsRefusedBySizeBeforeReading() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("huge.log")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 2 << 30)  // sparse: no disk used, nothing to read
        try handle.close()
        let started = Date()
        let error = Self.refusal { _ = try Ingest.read(big, displayPath: "huge.log") }
        #expect(Date().timeIntervalSince(started) < 2, "refused by its size, not by reading it")
        let refusal = try #require(error)
        #expect(refusal.location.path == "huge.log")
        #expect(refusal.message.contains("2147483648 bytes"))
        #expect(refusal.message.contains("\(InputLimits().fileBytes) bytes"))
        #expect(refusal.hint?.contains("RETRO_MAX_FILE_BYTES") == true)
    }

    @Test func theFileLimitCanBeRaisedOrLoweredByEnvironment() throws {
        let limits = InputLimits(environment: ["RETRO_MAX_FILE_BYTES": "10", "RETRO_MAX_ZIP_ENTRIES": "3", "RETRO_MAX_FOLDER_ENTRIES": "junk"])
        #expect(limits.fileBytes == 10)
        #expect(limits.zipEntries == 3)
        #expect(limits.folderEntries == InputLimits().folderEntries, "a value that is not a positive number keeps the default")
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = folder.appendingPathComponent("chat.txt")
        try "2025-01-10 10:00 dana: hello there\n".write(to: small, atomically: true, encoding: .utf8)
        #expect(Self.refusal { _ = try SourceInput(url: small, limits: limits) }?.hint?.contains("RETRO_MAX_FILE_BYTES") == true)
        _ = try SourceInput(url: small, limits: InputLimits(fileBytes: 1000))
    }

    @Test func anIncidentFileOverItsLimitIsRefusedBeforeParsing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let incident = folder.appendingPathComponent("incident.yaml")
        try "schema: retro/v1\n".write(to: incident, atomically: true, encoding: .utf8)
        do {
            _ = try IncidentFile.load(incident, displayPath: "incident.yaml", limits: InputLimits(incidentBytes: 4))
            Issue.record("a 17-byte incident file passed a 4-byte limit")
        } catch let errors as InputErrors {
            #expect(errors.errors.first?.hint?.contains("RETRO_MAX_INCIDENT_BYTES") == true)
        }
    }

    @Test func aZipBombIsRefusedByItsCompressionRatio() throws {
        let zeros = Data(count: 8 << 20)  // 8 MiB of zeros deflates to about 8 KiB
        let bomb = try Self.zip([("users.json", Self.users), ("general/2025-01-10.json", zeros)])
        #expect(bomb.count < 100_000)
        let error = Self.refusal { _ = try Ingest.read(SourceInput(data: bomb, displayPath: "bomb.zip")) }
        let refusal = try #require(error, "the bomb was read")
        #expect(refusal.location.path == "bomb.zip/general/2025-01-10.json")
        #expect(refusal.message.contains("zip bomb"))
        #expect(refusal.hint?.contains("RETRO_MAX_ZIP_RATIO") == true)
    }

    @Test func anArchiveThatUnpacksTooLargeIsRefusedBeforeUnpacking() throws {
        var random = SystemRandomNumberGenerator()
        let noise = Data((0..<300_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        let archive = try Self.zip([("users.json", Self.users), ("a/2025-01-10.json", noise), ("b/2025-01-10.json", noise)])
        let error = Self.refusal {
            _ = try Ingest.read(SourceInput(data: archive, displayPath: "big.zip", limits: InputLimits(unzippedBytes: 500_000)))
        }
        let refusal = try #require(error)
        #expect(refusal.message.contains("more than 500000 bytes"))
        #expect(refusal.hint?.contains("RETRO_MAX_UNZIPPED_BYTES") == true)
    }

    @Test func hugeDeclaredSizesAreRefusedWithoutUnpacking() throws {
        var archive = try Self.zip([("users.json", Self.users), ("general/2025-01-10.json", Self.day)])
        // Declare 4 GB for every entry in the central directory (signature PK\x01\x02, size at +24).
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        var patched = 0
        for offset in 0..<(archive.count - 28) where archive[offset..<offset + 4].elementsEqual(signature) {
            archive.replaceSubrange(offset + 24..<offset + 28, with: [0xF0, 0xFF, 0xFF, 0xFF])
            patched += 1
        }
        #expect(patched == 2)
        let error = Self.refusal { _ = try Ingest.read(SourceInput(data: archive, displayPath: "declared.zip")) }
        let refusal = try #require(error)
        #expect(refusal.message.contains("zip bomb") || refusal.message.contains("more than"), "\(refusal)")
    }

    @Test func anArchiveWithTooManyEntriesIsRefused() throws {
        let entries = [("users.json", Self.users)] + (1...12).map { ("general/2025-01-\(String(format: "%02d", $0)).json", Self.day) }
        let archive = try Self.zip(entries)
        let error = Self.refusal {
            _ = try Ingest.read(SourceInput(data: archive, displayPath: "many.zip", limits: InputLimits(zipEntries: 10)))
        }
        let refusal = try #require(error)
        #expect(refusal.message.contains("more than 10 entries"))
        #expect(refusal.hint?.contains("RETRO_MAX_ZIP_ENTRIES") == true)
        let read = try Ingest.read(SourceInput(data: archive, displayPath: "many.zip", limits: InputLimits(zipEntries: 13)))
        #expect(read.messages.count == 1, "the same message on twelve days is one message")
    }

    @Test func anyZipIsClaimedSoItsOwnErrorIsShown() throws {
        let archive = try Self.zip([("notes.txt", Data("hello".utf8))])
        let refusal = try #require(Self.refusal { _ = try Ingest.read(SourceInput(data: archive, displayPath: "other.zip")) })
        #expect(refusal.message.contains("not a Slack export"))
    }

    static func export(in folder: URL) throws {
        try Self.users.write(to: folder.appendingPathComponent("users.json"))
        try Self.channels.write(to: folder.appendingPathComponent("channels.json"))
        let general = folder.appendingPathComponent("general")
        try FileManager.default.createDirectory(at: general, withIntermediateDirectories: true)
        try Self.day.write(to: general.appendingPathComponent("2025-01-10.json"))
    }

    @Test func aFolderWithTooManyFilesIsRefusedWithoutListingThemAll() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.export(in: folder)
        let noise = folder.appendingPathComponent("general")
        for i in 0..<600 { FileManager.default.createFile(atPath: noise.appendingPathComponent("attachment-\(i).txt").path, contents: Data()) }
        let limited = InputLimits(folderEntries: 500)
        let refusal = try #require(Self.refusal { _ = try Ingest.read(SourceInput(url: folder, displayPath: "export", limits: limited)) })
        #expect(refusal.location.path == "export")
        #expect(refusal.message.contains("more than 500 files"))
        #expect(refusal.hint?.contains("RETRO_MAX_FOLDER_ENTRIES") == true)
        let started = Date()
        let read = try Ingest.read(SourceInput(url: folder, displayPath: "export"))
        #expect(read.messages.count == 1)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aSymlinkLoopInAnExportFolderIsNotFollowed() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.export(in: folder)
        let general = folder.appendingPathComponent("general")
        try FileManager.default.createSymbolicLink(atPath: general.appendingPathComponent("loop").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a").path, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: "a")
        let started = Date()
        let read = try Ingest.read(SourceInput(url: folder, displayPath: "export"))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(read.messages.map(\.text) == ["hello"])
    }

    @Test func folderWalkStopsAtItsDepthAndCountsEveryEntry() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = folder.appendingPathComponent("a/b/c/d")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        for path in ["top.json", "a/one.json", "a/b/two.json", "a/b/c/three.json", "a/b/c/d/four.json"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(path).path, contents: Data("[]".utf8))
        }
        var walk = FolderWalk(limit: 100)
        try walk.visit(folder.path, relative: "", depth: 1, maximumDepth: 3)
        #expect(walk.found.sorted() == ["a/b/two.json", "a/one.json", "top.json"])
        #expect(!walk.overflowed)
    }
}
