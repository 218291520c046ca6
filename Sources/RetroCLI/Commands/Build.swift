import ArgumentParser
import Foundation
import RetroAssemble
import RetroIngest
import RetroLint
import RetroModel
import RetroRender

extension RetroCommand {
    /// `retro build INCIDENT`: the retrospective and the customer summary as Markdown and HTML.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the retrospective of an incident and its customer summary as Markdown and self-contained HTML pages.",
            discussion: """
                Reads the incident file and the sources it names, and writes into the output folder (default: retro-out/ beside the incident file): retrospective.md and retrospective.html (the internal retrospective), and customer-summary.md and customer-summary.html (a short status-page post for customers). --audience chooses which of the two documents to write; --format chooses Markdown, HTML or both for each.

                The customer summary is built only from fields the team curates for customers: the title, impact.customer_statement, data_loss, data_exposure, impact.reassurances, the public_text of follow-ups marked public: true, support, and the times and duration of the window. Chat, alerts, people, services, timeline texts and trackers never reach it. Times are shown in the incident's zone, named (for example CET (Central European Time)); the impact period runs from started to mitigated (or to resolved when mitigated is unknown).

                Before anything is written, the customer summary is checked with the customer lint profile ('retro lint --profile customer') as written in the incident file, before any redaction, and on the text its page shows (<title> and <h1> included). Names, hosts and secrets are compared after folding away disguises: accents, look-alike letters, invisible characters, full-width forms, spelled-out addresses, links without https://, and spaces or underscores for dashes. When the lint finds anything at warning level or above, or redaction would change the text, the findings are printed and retro exits with 1 without writing any file, unless you pass --allow-findings (which publishes the text redacted at level all; a disguised name, address, secret, host or link survives redaction, so it stops the build even then). A TODO, a template placeholder or a redaction marker in a customer field is an error (exit 2) that names the field.

                The generated retrospective is checked with the same rules as 'retro lint' (plus the structure rules of a retrospective); findings are printed to stderr, and --strict turns those at warning level or above into exit code 1. A finding on text written in the incident file is printed at its line and column there, with the generated file's line in parentheses.

                The same input always gives byte-identical files. Nothing is written when any input is bad, and a file that retro did not generate is never replaced unless you pass --force.

                Examples:
                  retro build incident.yaml
                  retro build incident.yaml --audience customer
                  retro build incident.yaml -o docs/retros/INC-2041 --format markdown
                  retro build incident.yaml --templates my-templates/
                  retro build incident.yaml --redact all
                """)

        @Argument(help: "The incident file (YAML or JSON, schema retro/v1).")
        var incident: String

        @Option(name: .shortAndLong, help: "Output folder. Default: retro-out/ beside the incident file.")
        var output: String?

        @Option(help: "Which documents to write: internal (the retrospective), customer (the customer summary) or all.")
        var audience: AudienceChoice = .all

        @Option(help: "Which formats to write: markdown, html or all.")
        var format: FormatChoice = .all

        @Option(help: "A folder of NAME.mustache files that replace built-in templates of the same name.")
        var templates: String?

        @Option(help: "Display times in this zone instead of the incident file's 'timezone'.")
        var tz: String?

        @Flag(help: "Exit with 1 when the lint finds anything at warning level or above in the generated retrospective.")
        var strict = false

        @Flag(help: "Write the customer summary even when its lint finds something at warning level or above.")
        var allowFindings = false

        @Flag(help: "Replace files in the output folder even when retro did not write them.")
        var force = false

        @Flag(help: "Allow source paths in the incident file that lead outside its folder.")
        var allowOutsidePaths = false

        @OptionGroup var vocabularyOption: VocabularyOption

        @OptionGroup var redactOption: RedactOption

        @OptionGroup var limitsOption: LimitsOption

        func run() throws {
            var timings = PhaseTimings()
            let loaded = try IncidentFile.load(URL(fileURLWithPath: incident), displayPath: incident)
            var incidentValue = loaded.incident
            if let zone = try ZoneOption.parse(tz) { incidentValue.timezone = zone.identifier }
            let templateSet = try templates.map { try TemplateSet.withOverrides(from: URL(fileURLWithPath: $0)) } ?? TemplateSet.builtin()
            let renderer = Renderer(templates: templateSet)
            let sources = try SourceLoader(loaded: loaded, allowOutside: allowOutsidePaths).load()
            sources.report()
            timings.mark("ingest")
            let redacted = redactOption.apply(incidentValue, sources.inputs)
            let retro = Assembler.assemble(redacted.incident, inputs: redacted.inputs, audience: .internal, extractor: try vocabularyOption.extractor(for: loaded),
                limits: limitsOption.limits)
            if let note = OmittedText.summary(retro.timeline) { Console.note(note) }
            for warning in ConsistencyDiagnostics.unresolvedEvidence(retro, loaded: loaded) { Console.warning(warning) }
            for warning in ConsistencyDiagnostics.unmatchedReferences(retro.timeline.unmatched, incident: redacted.incident, loaded: loaded) {
                Console.warning(warning)
            }
            timings.mark("assemble")

            var files: [(name: String, contents: String)] = []
            var internalMarkdown: String?
            if audience != .customer {
                // The file name alone: outputs must not depend on where retro was run from.
                let rendered = renderer.render(retro, sourceFile: (loaded.path as NSString).lastPathComponent)
                internalMarkdown = rendered.markdown
                files += internalFiles(rendered)
            }
            if audience != .internal {
                // Customers get a document redacted at every level, checked against what the unredacted inputs name.
                // The summary reads curated incident fields and the window only, so redacting the
                // incident file is enough; the sources are not assembled a second time.
                // The lint reads the text before redaction, so a leak fails the build instead of
                // being published as "[internal host removed]".
                let customerFields = CustomerFields.withoutInvisibles(incidentValue)
                let plainRetro = Assembler.replacingIncident(customerFields, in: retro)
                let participants = sources.inputs.participants
                let redactor = Redactor(level: .all, incident: incidentValue, inputs: participants)
                let customerRetro = Assembler.replacingIncident(redactor.redact(customerFields), in: retro)
                let impact = (retro.durations.timeToMitigate ?? retro.durations.timeToResolve).map(Double.init)
                let context = CustomerContext(incident: incidentValue, messages: participants.messages, alerts: participants.alerts, impactSeconds: impact)
                try Self.checkPlaceholders(incidentValue, loaded: loaded)
                files += try customerFiles(plain: plainRetro, redacted: customerRetro, renderer: renderer, context: context, loaded: loaded)
            }
            timings.mark("render")

            try OutputWriter(directory: outputDirectory(loaded), force: force).write(files)
            for file in files { Output.line("wrote \(shownPath(file.name))") }
            timings.mark("write")
            defer {
                timings.mark("lint")
                timings.report()
            }
            if let markdown = internalMarkdown {
                try lintRetrospective(markdown, retro: retro, loaded: loaded, alerts: redacted.inputs.alerts)
            }
        }

        /// The internal retrospective's files, in the formats asked for.
        func internalFiles(_ rendered: Renderer.Output) -> [(name: String, contents: String)] {
            var files: [(name: String, contents: String)] = []
            if format != .html {
                files.append(("retrospective.md", rendered.markdown))
                files += rendered.assets.map { ("assets/\($0.name)", "<!-- \(OutputWriter.marker) -->\n" + $0.svg) }
            }
            if format != .markdown { files.append(("retrospective.html", rendered.html)) }
            return files
        }

        /// The customer summary's files, linted with the customer profile before anything is written:
        /// findings at warning level or above stop the build with exit code 1 unless `--allow-findings`.
        func customerFiles(plain: Retrospective, redacted: Retrospective, renderer: Renderer, context: CustomerContext, loaded: IncidentFile.Loaded) throws -> [(name: String, contents: String)] {
            let summary = CustomerSummaryBuilder.build(plain)
            for warning in summary.warnings { Console.warning("\(incident): customer summary: \(warning)") }
            let unredacted = renderer.renderCustomer(summary)
            // Missing customer fields are already reported above, as warnings that do not stop the build.
            var config = LintConfig()
            var off = LintConfig.RuleSettings()
            off.enabled = false
            config.rules["customer.missing-content"] = off
            let linter = Linter(config: config, options: LintOptions(profile: .customer, customer: context))
            var findings = linter.lint(unredacted.markdown, path: shownPath("customer-summary.md"))
                .relocated(to: loaded, markdown: unredacted.markdown)
            // The page's <title> and <h1> show the title as a browser renders it; a leak there
            // that the Markdown hides is reported against the page.
            let seen = Set(findings.map(\.rule))
            findings += linter.leaks(inPage: unredacted.html, path: shownPath("customer-summary.html")).filter { !seen.contains($0.rule) }
            let rendered = renderer.renderCustomer(CustomerSummaryBuilder.build(redacted))
            if rendered != unredacted, !findings.contains(where: { $0.severity >= .warning }), !allowFindings {
                Console.error("\(shownPath("customer-summary.md")): Redaction would change the customer summary (it names something internal that the lint reports below warning level), so no file was written. Reword the incident file's customer fields, or pass --allow-findings to publish the redacted text.")
                throw ExitCode(ExitStatus.findings)
            }
            if !findings.isEmpty {
                FileHandle.standardError.write(Data(TextFormatter().format(LintReport(diagnostics: findings, files: 1)).utf8))
            }
            if findings.contains(where: { $0.severity >= .warning }), !allowFindings {
                Console.error("\(shownPath("customer-summary.md")): The customer summary has lint findings at warning level or above, so no file was written. Reword the incident file's customer fields, or pass --allow-findings to write it anyway.")
                throw ExitCode(ExitStatus.findings)
            }
            // Redaction removes the names, hosts and secrets the plain scan finds; a disguised one
            // survives it and is not published, even with --allow-findings.
            let survivors = (linter.lint(rendered.markdown, path: shownPath("customer-summary.md"))
                + linter.leaks(inPage: rendered.html, path: shownPath("customer-summary.html"))).filter { Self.leakRules.contains($0.rule) }
            if !survivors.isEmpty {
                FileHandle.standardError.write(Data(TextFormatter().format(LintReport(diagnostics: survivors, files: 1)).utf8))
                Console.error("\(shownPath("customer-summary.md")): Redaction cannot remove these disguised names or internal details, so no file was written, even with --allow-findings. Reword the incident file's customer fields.")
                throw ExitCode(ExitStatus.findings)
            }
            var files: [(name: String, contents: String)] = []
            if format != .html { files.append(("customer-summary.md", rendered.markdown)) }
            if format != .markdown { files.append(("customer-summary.html", rendered.html)) }
            return files
        }

        /// The leak rules for what redaction at level `all` removes (names, personal data, secrets,
        /// internal hosts and links); ticket keys and internal terms are left to `--allow-findings`.
        static let leakRules: Set<String> = ["customer.person-name", "customer.internal-host", "customer.internal-url", "customer.email", "customer.secret"]

        /// Fails with every customer field that still holds a placeholder (`TODO`, `{{…}}`, a
        /// redaction marker), each at its line in the incident file: it would be published as it is.
        static func checkPlaceholders(_ incident: Incident, loaded: IncidentFile.Loaded) throws {
            let found = CustomerPlaceholders.find(in: incident)
            guard !found.isEmpty else { return }
            throw InputErrors(found.map { item in
                let field = item.jsonPath.replacingOccurrences(of: "$.", with: "")
                return InputError(
                    loaded.positions.location(item.jsonPath, file: loaded.path),
                    "'\(field)' holds the placeholder '\(item.match)', which the customer summary would publish as it is.",
                    hint: "write the sentence customers should read there, or remove the field")
            })
        }

        /// The incident file's consistency, then the same lint as 'retro lint' with the structure
        /// rules for a retrospective. Follow-up owners are checked in the incident file, where they are fixed.
        func lintRetrospective(_ markdown: String, retro: Retrospective, loaded: IncidentFile.Loaded, alerts: [AlertEvent]) throws {
            let checks = ConsistencyChecker.check(retro, alerts: alerts).map { ConsistencyDiagnostics.diagnostic($0, loaded: loaded) }
            let lint = Linter.lint(markdown, path: shownPath("retrospective.md"), options: LintOptions(structure: .retrospective))
                .filter { $0.rule != ConsistencyRule.followUpOwner.id }
                .relocated(to: loaded, markdown: markdown)
            let findings = checks + lint
            if !findings.isEmpty {
                FileHandle.standardError.write(Data(TextFormatter().format(LintReport(diagnostics: findings, files: 2)).utf8))
            }
            if strict, findings.contains(where: { $0.severity >= .warning }) { throw ExitCode(ExitStatus.findings) }
        }

        func outputDirectory(_ loaded: IncidentFile.Loaded) -> URL {
            output.map { URL(fileURLWithPath: $0) } ?? loaded.directory.appendingPathComponent("retro-out")
        }

        /// A written file's path as shown to the user: through -o, or through the incident file's folder.
        func shownPath(_ name: String) -> String {
            let folder = output ?? (incident as NSString).deletingLastPathComponent
            let shown = output ?? (folder.isEmpty ? "retro-out" : folder + "/retro-out")
            return shown.isEmpty ? name : "\(shown)/\(name)"
        }
    }

    enum AudienceChoice: String, ExpressibleByArgument, CaseIterable {
        case `internal`, customer, all
    }

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, all
    }
}

extension [Diagnostic] {
    /// Findings whose text was written in the incident file, moved to where it stands there.
    fileprivate func relocated(to loaded: IncidentFile.Loaded, markdown: String) -> [Diagnostic] {
        guard !isEmpty, let data = try? Data(contentsOf: loaded.directory.appendingPathComponent((loaded.path as NSString).lastPathComponent)) else { return self }
        return IncidentFindingLocator(text: String(decoding: data, as: UTF8.self), path: loaded.path).relocate(self, markdown: markdown)
    }
}
