import Foundation
import RetroLint
import RetroModel

/// Lints an open document with the nearest `.retro-lint.yml` above its file, as `retro lint` does.
final class DocumentLinter {
    /// The audience profile, from the client's `initializationOptions.profile`.
    var options = LintOptions() {
        didSet { locator = ConfigLocator(options: options) }
    }
    private var locator = ConfigLocator()
    /// Where documents that are not files (`untitled:`) look for a configuration.
    var fallbackDirectory = FileManager.default.currentDirectoryPath

    /// Forgets the configurations read so far, so an edited `.retro-lint.yml` applies.
    func reloadConfigurations() {
        locator = ConfigLocator(options: options)
    }

    /// The findings, or one finding that says why the configuration could not be read.
    func lint(_ text: String, uri: String) -> [Diagnostic] {
        let path = FileURI.path(uri)
        let directory = path.map { ($0 as NSString).deletingLastPathComponent } ?? fallbackDirectory
        do {
            let config = try locator.config(forDirectory: directory.isEmpty ? "/" : directory)
            return locator.linter(for: config).lint(text, path: path ?? uri)
        } catch {
            let message = (error as? InputError)?.description ?? "\(error)"
            return [
                Diagnostic(
                    path: path ?? uri, line: 1, column: 1, endLine: 1, endColumn: 1, rule: "lint.config", category: .structure,
                    severity: .error, message: "The lint configuration cannot be used: \(message)", match: "")
            ]
        }
    }
}
