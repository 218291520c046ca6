import ArgumentParser
import Foundation
import RetroIngest
import RetroLint
import RetroModel
import RetroRender

extension RetroCommand {
    /// `retro lint`: flags blameful phrasing in Markdown, for PR review and CI.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Flag blameful phrasing and retired terminology in Markdown retrospectives.",
            discussion: """
                Lints prose only: code blocks, inline code, URLs, link targets, HTML tags and comments and front matter are skipped; blockquotes are read at each rule's own level (blockquotes: downgrade in the configuration lowers them), and findings between '<!-- retro-lint quoted-speech -->' and '<!-- retro-lint end-quoted-speech -->' are suggestions. Each file uses the nearest '.retro-lint.yml' above it unless --config is given. PATH may be a file, a directory (searched for *.md) or '-' for standard input.

                --profile customer adds the rules for text customers read (category 'customer'): names and handles, internal hosts and IP addresses, internal links and chat permalinks, ticket keys, e-mail addresses, secrets, internal service names, minimising language, and a missing impact, reassurance or action plan. These rules read code, inline code and link targets too. --incident FILE tells them the incident's people, chat participants, internal names and figures; without it they know only @handles, e-mails, secrets, permalinks, generic internal hosts and ticket keys.

                Suppress a finding with '<!-- retro-lint disable-next-line RULE -- reason -->', or a passage with '<!-- retro-lint disable RULE -->' … '<!-- retro-lint enable -->'. 'retro rules' lists the rules and 'retro explain RULE' explains one.

                Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input or usage, 3 internal fault.
                """)

        @Argument(help: "Markdown files, directories, or '-' for standard input.")
        var paths: [String] = []

        @Option(help: "Output format: text, json, sarif, github or rdjson.")
        var format: String = "text"

        @Option(name: [.short, .long], help: "Write the report to this file (replaced atomically) instead of standard output; works with every format.")
        var output: String?

        @Option(help: "Use this configuration file instead of the nearest .retro-lint.yml.")
        var config: String?

        @Option(name: .customLong("fail-level"), help: "Lowest severity that makes the exit code 1: error, warning, suggestion or none.")
        var failLevel: String = "warning"

        @Option(help: "Structure checks: off or retrospective (overrides the configuration).")
        var structure: String?

        @Option(help: "Audience profile: internal, or customer for text customers read (adds the leak rules).")
        var profile: String = "internal"

        @Option(help: "With --profile customer: the incident file whose people, chat participants, internal names and figures the customer rules check against.")
        var incident: String?

        @Flag(help: "Allow source paths in the --incident file that lead outside its folder.")
        var allowOutsidePaths = false

        @Flag(name: .customLong("print-config"), help: "Print the effective configuration and exit.")
        var printConfig = false

        func run() throws {
            guard let format = LintFormat(rawValue: format) else {
                throw InputError(path: "--format", "Unknown format '\(format)'.", hint: Self.choices(format, LintFormat.allCases.map(\.rawValue)))
            }
            let failLevels = ["error", "warning", "suggestion", "none"]
            guard failLevels.contains(failLevel) else {
                throw InputError(path: "--fail-level", "Unknown fail level '\(failLevel)'.", hint: Self.choices(failLevel, failLevels))
            }
            guard ["internal", "customer"].contains(profile) else {
                throw InputError(path: "--profile", "Unknown profile '\(profile)'.", hint: "use 'internal' or 'customer'")
            }
            var options = LintOptions(profile: profile == "customer" ? .customer : .internal)
            if let incident {
                guard options.profile == .customer else {
                    throw InputError(path: "--incident", "--incident is read by the customer profile only.", hint: "add '--profile customer'")
                }
                options.customer = try Self.customerContext(incident, allowOutside: allowOutsidePaths)
            }
            if let structure {
                guard let value = LintConfig.Structure(rawValue: structure) else {
                    throw InputError(path: "--structure", "Unknown structure mode '\(structure)'.", hint: "use 'off' or 'retrospective'")
                }
                options.structure = value
            }
            let locator = ConfigLocator(options: options)
            let explicit = try config.map(ConfigLocator.load)
            if printConfig {
                var effective = try explicit ?? locator.config(forDirectory: FileManager.default.currentDirectoryPath)
                if let structure = options.structure { effective.structure = structure }
                Output.line(effective.yamlDescription, terminator: "")
                return
            }
            guard !paths.isEmpty else {
                throw ValidationError("Give at least one Markdown file, directory, or '-' for standard input.")
            }
            let files = try LintInputs.expand(paths)
            var diagnostics: [Diagnostic] = []
            for file in files {
                let text = try LintInputs.read(file)
                let directory = file == "-" ? FileManager.default.currentDirectoryPath : (file as NSString).deletingLastPathComponent
                let config = try explicit ?? locator.config(forDirectory: directory.isEmpty ? "." : directory)
                diagnostics += locator.linter(for: config).lint(text, path: file == "-" ? "<stdin>" : file)
            }
            let report = LintReport(diagnostics: diagnostics, files: files.count)
            if let output {
                try LintInputs.writeReport(format.formatter(version: RenderInfo.version).format(report), to: output)
                Console.note("wrote \(output) (\(TextFormatter.summary(report)))")
            } else {
                let colour = format == .text && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                FileHandle.standardOutput.write(Data(format.formatter(colour: colour, version: RenderInfo.version).format(report).utf8))
            }
            if let threshold = Diagnostic.Severity(rawValue: failLevel), diagnostics.contains(where: { $0.severity >= threshold }) {
                throw ExitCode(ExitStatus.findings)
            }
        }

        /// The customer rules' context from an incident file and the chat and alert sources it names.
        static func customerContext(_ path: String, allowOutside: Bool) throws -> CustomerContext {
            let loaded = try IncidentFile.load(URL(fileURLWithPath: path), displayPath: path)
            let sources = try SourceLoader(loaded: loaded, allowOutside: allowOutside).load()
            return CustomerContext(incident: loaded.incident, messages: sources.inputs.messages, alerts: sources.inputs.alerts)
        }

        static func choices(_ value: String, _ names: [String]) -> String {
            let close = names.min { Self.distance(value, $0) < Self.distance(value, $1) }
            if let close, Self.distance(value, close) <= 2 { return "did you mean '\(close)'?" }
            return "use one of " + names.map { "'\($0)'" }.joined(separator: ", ")
        }

        private static func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a), b = Array(b)
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var next = [i] + Array(repeating: 0, count: b.count)
                for j in stride(from: 1, through: b.count, by: 1) {
                    next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                row = next
            }
            return a.isEmpty ? b.count : row[b.count]
        }
    }
}
