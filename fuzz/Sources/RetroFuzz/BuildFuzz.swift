import Foundation
import RetroAssemble
import RetroIngest
import RetroLint
import RetroModel
import RetroRender

/// Runs assembly and rendering on fuzzed input, as `retro build` does after reading its files.
///
/// The first byte picks what the rest is: even, an incident file (assembled without sources);
/// odd, a source of any format (auto-detected) put under `fixedIncident`, whose monitoring source
/// carries an SLO so that the analysis, charts and error budget all run. `make fuzz` seeds it
/// with the samples' incident files and the fixtures, each behind its byte.
enum BuildFuzz {
    static let renderer = Renderer(templates: try! TemplateSet.builtin())

    static let fixedIncident: Incident = {
        let yaml = """
            schema: retro/v1
            id: INC-1
            title: Checkout errors for EU customers
            severity: SEV2
            timezone: Europe/Berlin
            window: {started: 2025-01-10T00:00:00Z, detected: 2025-01-10T00:10:00Z, mitigated: 2025-01-10T01:00:00Z, resolved: 2025-01-10T02:00:00Z}
            impact: {summary: Card payments failed., customer_statement: Some card payments failed., data_loss: false}
            people: [{id: U024BE7LH, name: Dana Ortiz, roles: [incident_commander]}]
            contributing_factors: [{id: CF1, category: technical, title: Pool too small}]
            follow_ups: [{id: FU1, title: Alert on pool saturation, owner: Payments SRE, due: 2025-02-01, addresses: [CF1], public: true, public_text: Capacity now grows with load.}]

            """
        return try! IncidentFile.decode(Data(yaml.utf8), path: "incident.yaml")
    }()

    static func run(_ data: Data) {
        guard let mode = data.first else { return }
        let rest = data.dropFirst()
        if mode % 2 == 0 {
            guard let incident = try? IncidentFile.decode(Data(rest), path: "incident.yaml") else { return }
            build(incident, inputs: AssemblyInputs())
        } else {
            guard let result = try? Ingest.read(SourceInput(data: Data(rest), displayPath: "fuzz")) else { return }
            var source = MonitoringSource(path: "fuzz")
            source.title = "Fuzzed series"
            var slo = SLO(objective: 0.999, threshold: 0.01)
            slo.direction = mode & 2 == 0 ? .above : .below
            source.slo = slo
            let inputs = AssemblyInputs(
                messages: result.messages, alerts: result.events, annotations: result.annotations,
                monitoring: result.series.isEmpty ? [] : [AssemblyInputs.Monitoring(source: source, series: result.series)])
            build(fixedIncident, inputs: inputs)
        }
    }

    static func build(_ incident: Incident, inputs: AssemblyInputs) {
        let redacted = Redactor(level: .all, incident: incident, inputs: inputs)
        let retro = Assembler.assemble(redacted.redact(incident), inputs: redacted.redact(inputs), audience: .internal)
        let output = renderer.render(retro, sourceFile: "incident.yaml")
        _ = Linter.lint(output.markdown, path: "retrospective.md", options: LintOptions(structure: .retrospective))
        let customer = renderer.renderCustomer(CustomerSummaryBuilder.build(retro))
        _ = Linter.lint(customer.markdown, path: "customer-summary.md", options: LintOptions(profile: .customer))
    }
}
