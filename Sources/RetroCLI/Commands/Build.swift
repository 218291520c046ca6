import ArgumentParser
import Foundation
import RetroAssemble
import RetroIngest
import RetroLint
import RetroModel
import RetroRender

extension RetroCommand {
    /// `retro build INCIDENT`: the retrospective as Markdown and HTML.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the retrospective of an incident as Markdown and a self-contained HTML page.",
            discussion: """
                Reads the incident file and the sources it names, and writes into the output folder (default: retro-out/ beside the incident file): retrospective.md and retrospective.html.

                The generated Markdown is checked with the same rules as 'retro lint' (plus the structure rules of a retrospective); findings are printed to stderr, and --strict turns those at warning level or above into exit code 1.

                The same input always gives byte-identical files. Nothing is written when any input is bad, and a file that retro did not generate is never replaced unless you pass --force.

                Examples:
                  retro build incident.yaml
                  retro build incident.yaml -o docs/retros/INC-2041 --format markdown
                  retro build incident.yaml --templates my-templates/
                """)

        @Argument(help: "The incident file (YAML or JSON, schema retro/v1).")
        var incident: String

        @Option(name: .shortAndLong, help: "Output folder. Default: retro-out/ beside the incident file.")
        var output: String?

        @Option(help: "Which documents to write: internal (the retrospective).")
        var audience: AudienceChoice = .internal

        @Option(help: "Which formats to write: markdown, html or all.")
        var format: FormatChoice = .all

        @Option(help: "A folder of NAME.mustache files that replace built-in templates of the same name.")
        var templates: String?

        @Option(help: "Display times in this zone instead of the incident file's 'timezone'.")
        var tz: String?

        @Flag(help: "Exit with 1 when the lint finds anything at warning level or above in the generated retrospective.")
        var strict = false

        @Flag(help: "Replace files in the output folder even when retro did not write them.")
        var force = false

        @Flag(help: "Allow source paths in the incident file that lead outside its folder.")
        var allowOutsidePaths = false

        @OptionGroup var vocabularyOption: VocabularyOption

        func run() throws {
            var timings = PhaseTimings()
            let loaded = try IncidentFile.load(URL(fileURLWithPath: incident), displayPath: incident)
            var incidentValue = loaded.incident
            if let zone = try ZoneOption.parse(tz) { incidentValue.timezone = zone.identifier }
            let templateSet = try templates.map { try TemplateSet.withOverrides(from: URL(fileURLWithPath: $0)) } ?? TemplateSet.builtin()
            let renderer = Renderer(templates: templateSet)

            let sources = try SourceLoader(loaded: loaded, allowOutside: allowOutsidePaths).load()
            for skip in sources.skipped.prefix(20) { Console.warning("\(skip.location): skipped: \(skip.reason)") }
            if sources.skipped.count > 20 { Console.warning("\(sources.skipped.count - 20) more records skipped") }
            if !sources.skipped.isEmpty { Console.note("\(sources.skipped.count) record(s) skipped in all; see 'retro inspect' for each source") }
            for note in sources.notes { Console.note(note) }
            timings.mark("ingest")

            let retro = Assembler.assemble(incidentValue, inputs: sources.inputs, audience: .internal, extractor: try vocabularyOption.extractor())
            timings.mark("assemble")
            let rendered = renderer.render(retro, sourceFile: loaded.path)
            timings.mark("render")
            var files: [(name: String, contents: String)] = []
            if format != .html {
                files.append(("retrospective.md", rendered.markdown))
                files += rendered.assets.map { ("assets/\($0.name)", "<!-- \(OutputWriter.marker) -->\n" + $0.svg) }
            }
            if format != .markdown { files.append(("retrospective.html", rendered.html)) }

            let directory = output.map { URL(fileURLWithPath: $0) } ?? loaded.directory.appendingPathComponent("retro-out")
            try OutputWriter(directory: directory, force: force).write(files)
            let shown = output ?? (URL(fileURLWithPath: incident).deletingLastPathComponent().path.isEmpty ? "retro-out" : (incident as NSString).deletingLastPathComponent + "/retro-out")
            for file in files { print("wrote \(shown.isEmpty ? "" : shown + "/")\(file.name)") }
            timings.mark("write")

            // The same lint as 'retro lint', with the structure rules for a retrospective.
            let mdPath = "\(shown.isEmpty ? "" : shown + "/")retrospective.md"
            let findings = Linter.lint(rendered.markdown, path: mdPath, options: LintOptions(structure: .retrospective))
            timings.mark("lint")
            timings.report()
            if !findings.isEmpty {
                FileHandle.standardError.write(Data(TextFormatter().format(LintReport(diagnostics: findings, files: 1)).utf8))
            }
            if strict, findings.contains(where: { $0.severity >= .warning }) { throw ExitCode(ExitStatus.findings) }
        }
    }

    enum AudienceChoice: String, ExpressibleByArgument, CaseIterable {
        case `internal`
    }

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, all
    }
}
