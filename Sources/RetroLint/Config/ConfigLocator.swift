import Foundation

/// Finds `.retro-lint.yml` upward from a file's folder and reads it once per folder.
public final class ConfigLocator {
    public static let fileName = ".retro-lint.yml"
    private var cache: [String: LintConfig] = [:]
    private var linters: [String: Linter] = [:]
    let options: LintOptions

    public init(options: LintOptions = LintOptions()) {
        self.options = options
    }

    /// The configuration for a file in `directory`: the nearest `.retro-lint.yml`, or the defaults.
    public func config(forDirectory directory: String) throws -> LintConfig {
        let start = URL(fileURLWithPath: directory).standardizedFileURL
        var current = start
        var visited: [String] = []
        while true {
            if let cached = cache[current.path] {
                for path in visited { cache[path] = cached }
                return cached
            }
            visited.append(current.path)
            let candidate = current.appendingPathComponent(Self.fileName).path
            if FileManager.default.fileExists(atPath: candidate) {
                let config = try Self.load(candidate)
                for path in visited { cache[path] = config }
                return config
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        for path in visited { cache[path] = LintConfig() }
        return LintConfig()
    }

    /// A linter for `config`, built once per configuration file.
    public func linter(for config: LintConfig) -> Linter {
        let key = config.path ?? ""
        if let linter = linters[key] { return linter }
        let linter = Linter(config: config, options: options)
        linters[key] = linter
        return linter
    }

    public static func load(_ path: String) throws -> LintConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RetroModelError.unreadable(path)
        }
        return try LintConfig.parse(text, path: path)
    }
}

import RetroModel

enum RetroModelError {
    static func unreadable(_ path: String) -> InputError {
        InputError(path: path, "The configuration file cannot be read as UTF-8 text.", hint: "check the path and the file's encoding")
    }
}
