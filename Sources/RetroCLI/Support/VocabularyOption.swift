import ArgumentParser
import Foundation
import RetroAssemble
import RetroModel

/// `--vocabulary FILE`: the user's timeline phrases, tried before the built-in ones.
struct VocabularyOption: ParsableArguments {
    @Option(help: "A JSON file of extra timeline phrases ({\"entries\": [{\"id\", \"kind\", \"phrases\", \"key\"}]}), tried before the built-in ones.")
    var vocabulary: String?

    func extractor() throws -> TimelineExtractor {
        guard let vocabulary else { return TimelineExtractor() }
        guard let data = FileManager.default.contents(atPath: vocabulary) else {
            throw InputError(path: vocabulary, "The vocabulary file could not be read.", hint: "check the path")
        }
        return TimelineExtractor(vocabulary: TimelineVocabulary.default.extended(with: try TimelineVocabulary(json: data, path: vocabulary)))
    }
}
