import Foundation
import Mustache
import RetroModel

/// The Mustache templates a build uses: the built-in ones, each replaceable by a file of the
/// same name in a `--templates` folder.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary

    /// Template names every set has.
    public static var names: [String] { BuiltinTemplates.all.keys.sorted() }

    /// The templates compiled into the binary.
    public static func builtin() throws -> TemplateSet {
        try TemplateSet(sources: BuiltinTemplates.all.map { ($0.key, $0.value, "built-in template '\($0.key)'") })
    }

    /// Built-in templates, with any `NAME.mustache` in `directory` taking the place of `NAME`.
    public static func withOverrides(from directory: URL) throws -> TemplateSet {
        var sources = BuiltinTemplates.all.map { ($0.key, $0.value, "built-in template '\($0.key)'") }
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw InputError(path: directory.path, "The templates folder could not be read.", hint: "pass a folder that holds NAME.mustache files")
        }
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            guard BuiltinTemplates.all[name] != nil else {
                throw InputError(path: directory.appendingPathComponent(file).path, "'\(name)' is not a template retro uses.", hint: "template names: \(names.joined(separator: ", "))")
            }
            let url = directory.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw InputError(path: url.path, "The template could not be read as UTF-8 text.")
            }
            sources.removeAll { $0.0 == name }
            sources.append((name, text, url.path))
        }
        return try TemplateSet(sources: sources)
    }

    private init(sources: [(String, String, String)]) throws {
        try TemplateIncludes.check(sources.map { (name: $0.0, text: $0.1, origin: $0.2) })
        var library = MustacheLibrary()
        for (name, text, origin) in sources.sorted(by: { $0.0 < $1.0 }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw InputError(path: origin, "The template cannot be parsed: \(error).", hint: "check that every {{#section}} has its {{/section}}")
            }
        }
        self.library = library
    }

    func render(_ context: Any, template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
