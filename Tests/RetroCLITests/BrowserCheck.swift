import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Proves that a generated page runs nothing it was fed: a static scan of the HTML for active
/// markup, and a load in headless Chromium whose DOM is checked for the traces hostile payloads
/// try to leave, while a local "beacon" server records any request the page makes.
enum BrowserCheck {
    /// Chromium, when installed (`RETRO_CHROMIUM` names another binary).
    static var chromium: String? {
        let candidates = [ProcessInfo.processInfo.environment["RETRO_CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Active markup in the HTML outside escaped text: script elements, frames, forms, `on*=`
    /// handlers, dangerous URL schemes, and any URL that would load from the network.
    static func staticProblems(_ html: String) -> [String] {
        var problems: [String] = []
        let tags = html.matches(of: /<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/)
        for tag in tags {
            let name = tag.1.lowercased()
            let attributes = String(tag.2)
            let text = String(tag.0.prefix(120))
            if ["script", "iframe", "frame", "object", "embed", "base", "form", "link", "applet"].contains(name) { problems.append("element <\(name)>: \(text)") }
            if name == "meta", attributes.lowercased().contains("http-equiv"), !attributes.contains("Content-Security-Policy") { problems.append("meta http-equiv: \(text)") }
            for handler in attributes.matches(of: /(?i)(?:^|[\s"'\/])(on[a-z]+)\s*=/) { problems.append("handler \(handler.1): \(text)") }
            for url in attributes.matches(of: /(?i)(href|src|action|formaction|xlink:href|poster|background)\s*=\s*["']?\s*([^"'\s>]*)/) {
                let value = url.2.lowercased().replacingOccurrences(of: "&#x3a;", with: ":").replacingOccurrences(of: "&#58;", with: ":")
                let attribute = url.1.lowercased()
                if value.hasPrefix("javascript:") || value.hasPrefix("vbscript:") { problems.append("script URL: \(text)") }
                if value.hasPrefix("data:"), !(name == "img" && value.hasPrefix("data:image/")) { problems.append("data URL: \(text)") }
                if attribute != "href", value.hasPrefix("http:") || value.hasPrefix("https:") || value.hasPrefix("//") { problems.append("network load: \(text)") }
            }
        }
        if html.range(of: "<script", options: .caseInsensitive) != nil, !problems.contains(where: { $0.hasPrefix("element <script>") }) {
            problems.append("a '<script' outside any parsed tag")
        }
        return problems
    }

    /// Traces in the DOM Chromium built after running the page.
    static func domProblems(_ dom: String) -> [String] {
        var problems: [String] = []
        // Only real elements: in the serialized DOM, text's '<' is '&lt;', so a tag starts with '<'.
        for match in dom.matches(of: /<[a-zA-Z][^<>]*\sid="?(pwned[a-z-]*)/) { problems.append("element #\(match.1) exists") }
        if dom.contains("<title>PWNED") { problems.append("a script set document.title") }
        if !dom.contains("</html>") { problems.append("Chromium dumped no DOM") }
        return problems
    }

    /// The DOM of `file` after Chromium loaded it and ran its scripts (if any could run).
    static func dumpDOM(_ file: URL, chromium: String) throws -> String {
        try headless(chromium, ["--virtual-time-budget=3000", "--dump-dom", file.absoluteString])
    }

    /// Headless Chromium with a fresh profile, run to its end; its standard output.
    static func headless(_ chromium: String, _ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("retro-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=\(profile.path)"]
        return try output(of: chromium, flags + arguments)
    }

    /// The standard output of `executable` run to its end; its standard error is dropped.
    static func output(of executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A local HTTP server on a free port that records every path requested of it.
    final class Beacon {
        let process = Process()
        let out = Pipe()
        let url: String

        init?() {
            guard let python = BrowserCheck.python else { return nil }
            let script = """
                import http.server, sys
                class H(http.server.BaseHTTPRequestHandler):
                    def do_GET(self):
                        print("REQUEST " + self.path, flush=True); self.send_response(204); self.end_headers()
                    do_POST = do_GET
                    def log_message(self, *a): pass
                s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
                print(s.server_address[1], flush=True)
                s.serve_forever()
                """
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", script]
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { return nil }
            // Read the port line with read(2): FileHandle's availableData can wait for more on a pipe.
            var first = Data()
            var byte: UInt8 = 0
            while !first.contains(0x0A), read(out.fileHandleForReading.fileDescriptor, &byte, 1) == 1 { first.append(byte) }
            guard let port = Int(String(decoding: first, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                kill(process.processIdentifier, SIGKILL)
                return nil
            }
            url = "http://127.0.0.1:\(port)"
        }

        /// Stops the server and returns the paths it was asked for.
        func stop() -> [String] {
            // SIGKILL: a test runner's children may inherit a mask that blocks SIGTERM.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let rest = out.fileHandleForReading.readDataToEndOfFile()
            return String(decoding: rest, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("REQUEST ") }.map { String($0.dropFirst(8)) }
        }
    }
}
