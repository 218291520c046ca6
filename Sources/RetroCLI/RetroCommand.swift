import ArgumentParser
import RetroRender

/// `retro`: blameless incident retrospectives from chat, monitoring and alert exports.
public struct RetroCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "retro",
        abstract: "Write blameless incident retrospectives from chat exports, monitoring snapshots and alert logs.",
        discussion: """
            Start with an incident file (see 'docs/incident-file.md'), then:

              retro validate incident.yaml      check it, listing every problem
              retro build incident.yaml         write the retrospective (Markdown and HTML)
              retro lint docs/retros/           flag blameful phrasing in any retrospective

            Exit codes: 0 success, 1 findings at or above the fail level, 2 bad input or usage, 3 internal fault. The JSON and CSV outputs are described in 'docs/output-formats.md'.
            """,
        version: RenderInfo.version,
        subcommands: [
            Build.self, Validate.self, Inspect.self, Timeline.self, Init.self,
            Lint.self, Rules.self, Explain.self, Followups.self, LSP.self,
        ]
    )

    public init() {}
}
