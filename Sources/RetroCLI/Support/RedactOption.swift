import ArgumentParser
import RetroAssemble
import RetroModel

/// `--redact none|names|pii|all`, shared by the commands that show chat content.
struct RedactOption: ParsableArguments {
    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case none, names, pii, all
    }

    @Option(help: "Remove sensitive content before writing: names (people become roles or pseudonyms), pii (e-mails, IPs, phone numbers, secrets), all (both, plus internal hosts and chat links), or none.")
    var redact: Choice = .none

    var level: RedactionLevel { RedactionLevel(rawValue: redact.rawValue) ?? .none }

    /// The incident and inputs with this level of redaction applied.
    func apply(_ incident: Incident, _ inputs: AssemblyInputs) -> (incident: Incident, inputs: AssemblyInputs) {
        Redactor.redact(incident, inputs: inputs, level: level)
    }
}
