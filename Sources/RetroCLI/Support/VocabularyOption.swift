import ArgumentParser
import Foundation
import RetroAssemble
import RetroIngest
import RetroModel

/// `--vocabulary FILE`: the user's timeline phrases, tried before the built-in ones. The incident
/// file's `vocabulary:` names one too (relative to the incident file); the flag's comes first.
struct VocabularyOption: ParsableArguments {
    @Option(help: "A JSON file of extra timeline phrases ({\"entries\": [{\"id\", \"kind\", \"phrases\", \"key\"}]}), tried before the built-in ones and the incident file's 'vocabulary'.")
    var vocabulary: String?

    func extractor(for loaded: IncidentFile.Loaded? = nil) throws -> TimelineExtractor {
        var result = TimelineVocabulary.default
        if let loaded, let named = loaded.incident.vocabulary {
            let url = URL(fileURLWithPath: named, relativeTo: loaded.directory)
            result = result.extended(with: try Self.read(url.path, shown: named))
        }
        if let vocabulary { result = result.extended(with: try Self.read(vocabulary, shown: vocabulary)) }
        return TimelineExtractor(vocabulary: result)
    }

    private static func read(_ path: String, shown: String) throws -> TimelineVocabulary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: shown, "The vocabulary file could not be read.", hint: "check the path; 'vocabulary' in the incident file is relative to it")
        }
        return try TimelineVocabulary(json: data, path: shown)
    }
}
