import Foundation
import RetroModel

/// GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
public struct GitHubFormatter: LintFormatter {
    public init() {}

    public func format(_ report: LintReport) -> String {
        var lines = report.diagnostics.map { d in
            let command = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .suggestion: "notice"
            }
            let properties = [
                "file=\(Self.property(d.path))", "line=\(d.line)", "col=\(d.column)", "endLine=\(d.endLine)",
                "endColumn=\(d.endColumn)", "title=\(Self.property(d.rule))",
            ].joined(separator: ",")
            return "::\(command) \(properties)::\(Self.data(d.message))"
        }
        lines.append("retro lint: \(report.files) files, \(report.count(.error)) errors, \(report.count(.warning)) warnings, \(report.count(.suggestion)) suggestions")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes a command's message: `%`, CR and LF, after other controls and bidi controls are
    /// shown as visible escapes (`TerminalText`), so nothing in it acts on the log.
    static func data(_ text: String) -> String {
        TerminalText.output(
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Escapes a property value: as `data`, plus `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
