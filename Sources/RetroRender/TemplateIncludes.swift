import RetroModel

/// The templates a Mustache template includes (`{{> name}}`, `{{< name}}`), read from its text,
/// so that a set whose templates include one another in a cycle is refused before rendering:
/// swift-mustache follows includes without a limit, and `{{> style.css}}` inside
/// `style.css.mustache` ran until the stack overflowed (SIGSEGV).
enum TemplateIncludes {
    /// The names `text` includes, in order; `dynamic` when it includes by a value (`{{> *name}}`),
    /// which cannot be checked before rendering.
    static func names(in text: String) -> (names: [String], dynamic: Bool) {
        var names: [String] = []
        var dynamic = false
        var open = "{{", close = "}}"
        var rest = Substring(text)
        while let start = rest.range(of: open) {
            var tag = rest[start.upperBound...]
            // `{{{raw}}}` is a value, never an include.
            let raw = open == "{{" && tag.first == "{"
            if raw { tag = tag.dropFirst() }
            guard let end = tag.range(of: close) else { break }
            let body = tag[..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = tag[end.upperBound...]
            if raw { continue }
            if body.hasPrefix("="), body.hasSuffix("="), body.count >= 2 {
                // `{{=<% %>=}}` sets new delimiters.
                let parts = body.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if parts.count == 2 { (open, close) = (String(parts[0]), String(parts[1])) }
            } else if let kind = body.first, kind == ">" || kind == "<" {
                let name = body.dropFirst().trimmingCharacters(in: .whitespaces)
                if name.hasPrefix("*") { dynamic = true } else if !name.isEmpty { names.append(name) }
            }
        }
        return (names, dynamic)
    }

    /// Throws when a template of `sources` (name, text, origin) includes by a value, or when the
    /// includes form a cycle; the message names the chain.
    static func check(_ sources: [(name: String, text: String, origin: String)]) throws {
        var edges: [String: [String]] = [:]
        let origins = Dictionary(sources.map { ($0.name, $0.origin) }, uniquingKeysWith: { $1 })
        for source in sources {
            let found = names(in: source.text)
            if found.dynamic {
                throw InputError(
                    path: source.origin, "The template includes another by a value ('{{> *name}}'), which retro cannot check for cycles.",
                    hint: "name the template to include, such as '{{> style.css}}'")
            }
            edges[source.name] = found.names.filter { origins[$0] != nil }
        }
        // Depth-first search; a template met again on the current path closes a cycle.
        var finished: Set<String> = []
        var path: [String] = []
        func visit(_ name: String) throws {
            if finished.contains(name) { return }
            if let index = path.firstIndex(of: name) {
                let chain = (path[index...] + [name]).joined(separator: " → ")
                throw InputError(
                    path: origins[path[index]] ?? name, "The templates include one another in a cycle: \(chain).",
                    hint: "remove the '{{> \(path.last ?? name)}}' that leads back, so each template is included at most once per path")
            }
            path.append(name)
            for next in edges[name] ?? [] { try visit(next) }
            path.removeLast()
            finished.insert(name)
        }
        for source in sources.sorted(by: { $0.name < $1.name }) { try visit(source.name) }
    }
}
