import Foundation
import RetroModel
import Yams

/// Loads and validates an incident file (`retro/v1`, YAML or JSON).
public enum IncidentFile {
    /// An incident and the folder its relative paths start from.
    public struct Loaded: Sendable {
        public var incident: Incident
        /// The incident file's folder: source paths are relative to it.
        public var directory: URL
        public var path: String
        /// Where each key and item stands in the file, for checks made after decoding.
        public var positions = IncidentPositions()
    }

    /// Reads `url`; throws `InputErrors` listing every problem found.
    public static func load(_ url: URL, displayPath: String? = nil, limits: InputLimits = .current) throws -> Loaded {
        let path = displayPath ?? url.path
        let data: Data
        if let problem = FileCheck.problem(url.path, what: "incident file") {
            throw InputErrors([InputError(path: path, problem.message, hint: problem.hint)])
        }
        do {
            try InputLimits.checkSize(of: url, path: path, limit: limits.incidentBytes, variable: "RETRO_MAX_INCIDENT_BYTES", what: "incident file")
        } catch let error as InputError {
            throw InputErrors([error])
        }
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputErrors([InputError(path: path, "The incident file could not be read.", hint: FileManager.default.fileExists(atPath: url.path) ? "check its permissions" : "check the path")])
        }
        let (incident, positions) = try decodeWithPositions(data, path: path)
        return Loaded(incident: incident, directory: url.deletingLastPathComponent(), path: path, positions: positions)
    }

    /// Decodes the bytes of an incident file named `path` (for messages).
    public static func decode(_ data: Data, path: String) throws -> Incident {
        try decodeWithPositions(data, path: path).incident
    }

    /// Decodes the bytes and keeps where each key stands.
    static func decodeWithPositions(_ data: Data, path: String) throws -> (incident: Incident, positions: IncidentPositions) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputErrors([InputError(path: path, "The incident file is not valid UTF-8 text.", hint: "save it as UTF-8")])
        }
        let isJSON = path.lowercased().hasSuffix(".json") || text.first(where: { !$0.isWhitespace }) == "{"
        if isJSON { try checkJSONSyntax(data, path: path) }
        let root: DocumentNode
        do {
            // The parser owns the anchors (nodes hold them weakly): it stays alive while the tree is
            // built, so that aliases are recognised. Every scalar is read as text (the decoder
            // reads each value's string itself), so the basic resolver: the default one matched
            // each key against its regular expressions in the duplicate-key check, a third of the
            // time of `retro followups`, and shared those expressions between threads.
            let parser = try Parser(yaml: text, resolver: .basic, encoding: yamlEncoding)
            guard let node = try parser.singleRoot() else {
                throw InputErrors([InputError(path: path, line: 1, column: 1, "The incident file is empty.", hint: "start from a sample: samples/*/incident.yaml")])
            }
            var budget = AliasBudget()
            root = try withExtendedLifetime(parser) { try DocumentNode(node, budget: &budget) }
        } catch let error as YamlError {
            throw InputErrors([syntaxError(error, path: path)])
        } catch let alias as AliasBudget.Use {
            throw InputErrors([InputError(
                path: path, line: alias.line, column: alias.column, jsonPath: alias.path,
                "The alias '*\(alias.anchor)' makes YAML aliases add more than \(AliasBudget.defaultLimit) values to the incident file.",
                hint: "write the values out instead of repeating them with '&' and '*'")])
        }
        var decoder = IncidentDecoder(file: path)
        let incident = decoder.decodeIncident(root)
        if let incident { decoder.check(incident, root: root) }
        guard decoder.problems.isEmpty, let incident else {
            throw InputErrors(decoder.problems.sorted { ($0.location.line ?? 0, $0.location.column ?? 0) < ($1.location.line ?? 0, $1.location.column ?? 0) })
        }
        return (incident, IncidentPositions(root))
    }

    /// Yams reads its default encoding from the environment on every parse; once is enough.
    nonisolated(unsafe) private static let yamlEncoding = Parser.Encoding.default  // an enum value, never written

    /// JSON's own syntax errors read better than YAML's for a `.json` file.
    private static func checkJSONSyntax(_ data: Data, path: String) throws {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error.localizedDescription)"
            var line: Int?
            var column: Int?
            if let match = detail.firstMatch(of: /line (\d+), column (\d+)/) {
                line = Int(match.1)
                column = Int(match.2)
            } else if let offset = ChatJSON.characterOffset(in: detail) {
                (line, column) = ChatJSON.lineAndColumn(of: offset, in: data)
            }
            throw InputErrors([InputError(path: path, line: line, column: column, "The file is not valid JSON: \(detail)", hint: "check for a missing comma, quote or bracket near there")])
        }
    }

    private static func syntaxError(_ error: YamlError, path: String) -> InputError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let where_ = context.map { " (\($0.text))" } ?? ""
            return InputError(path: path, line: mark.line, column: mark.column, "The YAML cannot be read: \(problem)\(where_).", hint: "check the indentation and quoting on this line or the one before")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(path: path, line: context.mark.line, column: context.mark.column, "The key(s) \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appear twice in one mapping.", hint: "keep one")
        default:
            return InputError(path: path, "The YAML cannot be read: \(error).")
        }
    }
}
