import ArgumentParser
import RetroLSP
import RetroLint
import RetroRender

extension RetroCommand {
    /// `retro lsp`: the lint as a Language Server, for editors.
    struct LSP: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Run the lint as a Language Server over standard input and output, for editors.",
            discussion: """
                Speaks the Language Server Protocol (JSON-RPC with Content-Length framing) on standard input and output. Open, changed and saved Markdown documents get the lint's findings as diagnostics (rule id, severity, a link to the rule); hovering a finding shows 'retro explain' for its rule; the terminology rules offer their replacement as a quick fix. Each document uses the nearest '.retro-lint.yml' above its file, re-read whenever a document is saved. Editor set-up: see the README.

                Exit codes: 0 after the client's 'shutdown' and 'exit', 1 when the input ends or 'exit' comes without 'shutdown'.
                """)

        @Flag(help: "Accepted for clients that pass it; standard input and output is the only transport.")
        var stdio = false

        func run() throws {
            let info = LanguageServer.Info(
                version: RenderInfo.version,
                explain: { RuleCatalog.description(of: $0).map(Explain.text) },
                ruleLink: { RuleCatalog.description(of: $0) == nil ? nil : SARIFFormatter.helpURI(for: $0) })
            let code = StdioTransport.run(LanguageServer(info: info))
            if code != 0 { throw ExitCode(code) }
        }
    }
}
