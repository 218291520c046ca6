import Foundation
import RetroModel
import Testing

@testable import RetroIngest

/// Zip entries retro does not read are counted and reported, never passed over in silence.
@Suite struct SlackZipSkipTests {
    /// The fixture is `slack-export.zip` plus a link entry named like a day file, a day file named
    /// `2025-1-11.json` and a `notes.json` in a channel folder.
    @Test func linksAndFilesNotNamedByDateAreCountedSkips() throws {
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("slack-links-and-misnamed.zip"))
        let plain = try ChatTestSupport.read(ChatTestSupport.fixture("slack-export.zip"))
        #expect(result.messages == plain.messages, "the skipped entries add nothing and take nothing away")
        let reasons = result.skipped.map { "\($0.location.path): \($0.reason)" }
        #expect(reasons == [
            "slack-links-and-misnamed.zip/export/inc-2041/2025-01-12.json: The archive entry is a symbolic link; retro follows no links inside an archive, so it was not read.",
            "slack-links-and-misnamed.zip/inc-2041/2025-1-11.json: The file in channel folder 'inc-2041' is not named by its day (YYYY-MM-DD.json), so it was not read.",
            "slack-links-and-misnamed.zip/random/notes.json: The file in channel folder 'random' is not named by its day (YYYY-MM-DD.json), so it was not read.",
        ])
    }

    @Test func onlyTheSelectedChannelsSkipsAreReported() throws {
        var options = IngestOptions()
        options.channel = "random"
        let result = try ChatTestSupport.read(ChatTestSupport.fixture("slack-links-and-misnamed.zip"), options: options)
        #expect(result.skipped.map(\.location.path).filter { $0.contains("2025-1-11") }.isEmpty)
        #expect(result.skipped.contains { $0.location.path.hasSuffix("random/notes.json") })
    }
}
