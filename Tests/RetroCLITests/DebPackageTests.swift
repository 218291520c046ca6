import Foundation
import Testing

/// The `.deb` from `make deb`, installed with `dpkg -i` into a scratch root with its own database
/// (never into the machine running the tests): its metadata, its files in their standard places, and the
/// packaged binary running `--version`, `lint` and `build` without the Swift toolchain's
/// libraries. `make test` builds the package first; plain `swift test` skips with a note when
/// there is none (set RETRO_DEB to test another file).
@Suite(.serialized) struct DebPackageTests {
    static var package: URL? {
        if let path = ProcessInfo.processInfo.environment["RETRO_DEB"] { return URL(fileURLWithPath: path) }
        let dir = RetroBinary.root.appendingPathComponent(".build/deb")
        let debs = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".deb") }.sorted() ?? []
        return debs.last.map { dir.appendingPathComponent($0) }
    }

    /// Debian policy 12.5: `/usr/share/doc/retro/copyright`, here in the machine-readable format
    /// (DEP-5). The project states no licence, so the file must say so rather than name one; each
    /// Swift package linked into the binary has its own paragraph with the licence it ships.
    static func checkCopyright(_ file: URL) throws {
        let text = try #require(try? String(contentsOf: file, encoding: .utf8), "the package lacks usr/share/doc/retro/copyright")
        let paragraphs = text.components(separatedBy: "\n\n")
        #expect(paragraphs.first?.hasPrefix("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n") == true)
        #expect(paragraphs.first?.contains("\nUpstream-Name: retro\n") == true)
        let project = try #require(paragraphs.first { $0.hasPrefix("Files: *\n") }, "a 'Files: *' paragraph")
        let hasLicenceFile = ["LICENSE", "LICENSE.md", "LICENSE.txt", "COPYING"].contains {
            FileManager.default.fileExists(atPath: RetroBinary.root.appendingPathComponent($0).path)
        }
        if hasLicenceFile {
            #expect(!project.contains("License: unspecified"), "the project has a licence file; the copyright file must name it")
        } else {
            #expect(project.contains("\nLicense: unspecified\n"), "\(project)")
        }
        // Every field line is 'Name: value' or a continuation that starts with a space.
        for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
            #expect(line.wholeMatch(of: /[A-Z][A-Za-z-]*: .*/) != nil, "not a DEP-5 field line: '\(line)'")
        }
        let resolved = try String(contentsOf: RetroBinary.root.appendingPathComponent("Package.resolved"), encoding: .utf8)
        let identities = resolved.matches(of: /"identity" : "([^"]+)"/).map { String($0.1) }
        #expect(!identities.isEmpty)
        for identity in identities {
            let paragraph = paragraphs.first { $0.lowercased().hasPrefix("files: .build/checkouts/\(identity)/*\n") }
            #expect(paragraph?.contains("\nLicense: ") == true, "no paragraph for the linked package '\(identity)'")
        }
    }

    @Test func thePackageInstallsAndRunsWithoutSwift() throws {
        guard let deb = Self.package else {
            print("note: no .deb in .build/deb; the package test is skipped (make test runs make deb first)")
            return
        }
        let fields = try RetroBinary.tool(["dpkg-deb", "-f", deb.path, "Package", "Version", "Depends"])
        #expect(fields.status == 0, "\(fields.stderr)")
        let expectedVersion = try RetroBinary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(fields.stdout.contains("Package: retro\n"))
        #expect(fields.stdout.contains("Version: \(expectedVersion)\n"))
        let depends = fields.stdout.split(separator: "\n").first { $0.hasPrefix("Depends: ") }.map(String.init) ?? ""
        for library in ["libcmark-gfm0.29.0.gfm.6", "libcmark-gfm-extensions0.29.0.gfm.6", "libc6"] {
            #expect(depends.contains(library), "\(depends)")
        }
        #expect(!depends.contains("swift"), "\(depends)")

        // Debian policy 5.6.2: Maintainer is a name and an address in angle brackets, not a URL.
        let maintainer = try RetroBinary.tool(["dpkg-deb", "-f", deb.path, "Maintainer"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(maintainer.wholeMatch(of: /[^<>@]+ <[^<>@\s\/:]+@[^<>@\s\/:]+>/) != nil, "Maintainer: '\(maintainer)'")

        // Every dependency is a real Debian package name: this machine has each one installed.
        let names = depends.dropFirst("Depends: ".count).split(separator: ",").map { $0.split(separator: " ")[0] }
        for name in names {
            let status = try RetroBinary.tool(["dpkg-query", "-W", "-f=${Status}", String(name)])
            #expect(status.stdout == "install ok installed", "\(name): \(status.stdout) \(status.stderr)")
        }

        // dpkg -i into a fresh root with its own empty database (the libraries it depends on are
        // this machine's, so the check of dependencies is forced off there).
        let root = try RetroBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for dir in ["var/lib/dpkg/info", "var/lib/dpkg/updates"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        FileManager.default.createFile(atPath: root.appendingPathComponent("var/lib/dpkg/status").path, contents: nil)
        let install = try RetroBinary.tool([
            "dpkg", "--root=\(root.path)", "--force-depends", "--force-not-root", "--log=/dev/null", "-i", deb.path,
        ])
        #expect(install.status == 0, "\(install.stderr)")
        let installed = try RetroBinary.tool(["dpkg", "--root=\(root.path)", "-s", "retro"])
        #expect(installed.stdout.contains("Status: install ok installed"), "\(installed.stdout)")
        for file in [
            "usr/bin/retro", "usr/share/man/man1/retro.1.gz", "usr/share/bash-completion/completions/retro",
            "usr/share/zsh/vendor-completions/_retro", "usr/share/fish/vendor_completions.d/retro.fish",
        ] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path), "the package lacks \(file)")
        }
        try Self.checkCopyright(root.appendingPathComponent("usr/share/doc/retro/copyright"))
        let man = try RetroBinary.tool(["sh", "-c", "gzip -dc '\(root.path)/usr/share/man/man1/retro.1.gz'"])
        #expect(man.stdout.contains(".Dt RETRO 1"), "an mdoc page for section 1")
        #expect(man.stdout.contains("lint") && man.stdout.contains("lsp"), "the page covers the subcommands")
        let zsh = try String(contentsOf: root.appendingPathComponent("usr/share/zsh/vendor-completions/_retro"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef retro"))
        let bash = try RetroBinary.tool(["bash", "-n", root.appendingPathComponent("usr/share/bash-completion/completions/retro").path])
        #expect(bash.status == 0, "\(bash.stderr)")

        // Only the system's libraries: no toolchain on PATH or in the loader's path.
        let binary = root.appendingPathComponent("usr/bin/retro")
        let clean = ["PATH": "/usr/bin:/bin", "HOME": root.path, "LANG": "C.UTF-8"]
        let linked = try RetroBinary.tool(["ldd", binary.path], environment: clean)
        #expect(!linked.stdout.contains("libswift") && !linked.stdout.contains("libFoundation"), "\(linked.stdout)")
        #expect(!linked.stdout.contains("not found"), "\(linked.stdout)")
        #expect(linked.stdout.contains("libcmark-gfm.so"), "\(linked.stdout)")

        let version = try RetroBinary.tool([binary.path, "--version"], environment: clean)
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == expectedVersion)

        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try "# Cache stampede\n\nThe on-call engineer should have noticed the eviction rate.\n".write(
            to: work.appendingPathComponent("retro.md"), atomically: true, encoding: .utf8)
        let lint = try RetroBinary.tool([binary.path, "lint", "retro.md"], cwd: work, environment: clean)
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("retro.md:3:22: warning: [blame.counterfactual]"), "\(lint.stdout)")

        let sample = RetroBinary.root.appendingPathComponent("samples/payments-pool-exhaustion")
        let copy = work.appendingPathComponent("sample")
        try FileManager.default.copyItem(at: sample, to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("retro-out"))
        let build = try RetroBinary.tool([binary.path, "build", "incident.yaml", "-o", "out"], cwd: copy, environment: clean)
        #expect(build.status == 0, "\(build.stderr.prefix(2000))")
        for name in ["retrospective.md", "retrospective.html", "customer-summary.md", "customer-summary.html"] {
            let text = (try? String(contentsOf: copy.appendingPathComponent("out/\(name)"), encoding: .utf8)) ?? ""
            #expect(text.contains("Card payments failing for EU customers"), "\(name) from the packaged binary")
        }
    }
}
