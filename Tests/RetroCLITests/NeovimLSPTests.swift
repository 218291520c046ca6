import Foundation
import Testing

/// A real editor: headless Neovim (Debian's package) with its built-in LSP client attached to
/// `retro lsp` by the README's own snippet, opening a retrospective with a blameful sentence.
/// Skipped with a note when `nvim` is not installed (`make test` installs it).
@Suite struct NeovimLSPTests {
    /// Runs the README's Neovim snippet (with the built `retro` first on PATH), opens the file,
    /// waits for diagnostics, asks for a hover, and writes what arrived as JSON.
    static let script = #"""
        local result = { diagnostics = {} }
        local ok, problem = pcall(function()
          dofile(vim.env.RETRO_SNIPPET)
          vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.RETRO_NVIM_FILE))
          local buf = vim.api.nvim_get_current_buf()
          result.filetype = vim.bo[buf].filetype
          result.arrived = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
          for _, d in ipairs(vim.diagnostic.get(buf)) do
            local lsp = d.user_data and d.user_data.lsp or {}
            table.insert(result.diagnostics, {
              lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
              source = d.source, message = d.message, code = d.code or lsp.code,
            })
          end
          local first = result.diagnostics[1]
          if first then
            local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = first.lnum, character = first.col + 2 } }
            local replies = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
            for _, reply in pairs(replies) do
              if reply.result then result.hover = reply.result.contents.value end
            end
          end
          vim.lsp.stop_client(vim.lsp.get_active_clients())
        end)
        result.ok = ok
        result.problem = problem and tostring(problem) or nil
        local out = io.open(vim.env.RETRO_NVIM_OUT, 'w')
        out:write(vim.fn.json_encode(result))
        out:close()
        vim.cmd('qa!')
        """#

    /// The Lua block after `<!-- neovim-snippet -->` in the README.
    static func readmeSnippet() throws -> String {
        let readme = try String(contentsOf: RetroBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "<!-- neovim-snippet -->\n```lua\n"), "the README has no Neovim snippet")
        let end = try #require(readme.range(of: "\n```", range: marker.upperBound..<readme.endIndex))
        return String(readme[marker.upperBound..<end.lowerBound]) + "\n"
    }

    static var nvim: URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("nvim")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test func neovimReceivesTheBlameDiagnosticAndTheHover() throws {
        guard let nvim = Self.nvim else {
            print("note: Neovim is not installed; the editor test is skipped (make test installs it)")
            return
        }
        let binary = try #require(RetroBinary.executable)
        let dir = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("2026-03-14 payments.md")
        try "# Payments latency\n\n## Timeline\n\nThe on-call engineer failed to notice the pool alarm.\n".write(
            to: file, atomically: true, encoding: .utf8)
        let script = dir.appendingPathComponent("check.lua")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        let snippet = dir.appendingPathComponent("readme-snippet.lua")
        try Self.readmeSnippet().write(to: snippet, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("result.json")

        let process = Process()
        process.executableURL = nvim
        process.arguments = ["--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile \(script.path)"]
        process.currentDirectoryURL = dir
        process.environment = ProcessInfo.processInfo.environment.merging([
            "PATH": binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "RETRO_SNIPPET": snippet.path, "RETRO_NVIM_FILE": file.path, "RETRO_NVIM_OUT": out.path, "XDG_STATE_HOME": dir.path,
            "XDG_DATA_HOME": dir.path, "XDG_CONFIG_HOME": dir.path,
        ]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Issue.record("Neovim did not finish within 90 seconds")
            return
        }
        let result = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        #expect(result["ok"] as? Bool == true, "\(result["problem"] ?? "")")
        #expect(result["filetype"] as? String == "markdown", "the snippet attaches on the markdown filetype")
        #expect(result["arrived"] as? Bool == true, "no diagnostics reached Neovim")
        let diagnostics = try #require(result["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let d = try #require(diagnostics.first)
        #expect(d["code"] as? String == "blame.counterfactual")
        #expect(d["source"] as? String == "retro")
        #expect(d["severity"] as? Int == 2, "vim.diagnostic.severity.WARN")
        // "failed to" on line 5 (0-based 4), from column 22 (0-based 21).
        #expect(d["lnum"] as? Int == 4)
        #expect(d["col"] as? Int == 21)
        #expect(d["end_col"] as? Int == 30)
        #expect((result["hover"] as? String)?.hasPrefix("blame.counterfactual — ") == true, "\(result["hover"] ?? "no hover")")
    }
}
