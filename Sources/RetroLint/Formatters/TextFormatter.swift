import RetroModel

/// Compiler-style lines, `path:line:col: warning: [rule] message`, and a summary line.
public struct TextFormatter: LintFormatter {
    /// ANSI colours, for a terminal only.
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func format(_ report: LintReport) -> String {
        var lines = report.diagnostics.map { diagnostic in
            // The path and the quoted match come from input: one line each, no controls.
            "\(TerminalText.value(diagnostic.path)):\(diagnostic.line):\(diagnostic.column): \(paint(diagnostic.severity)): [\(diagnostic.rule)] \(TerminalText.value(diagnostic.message))"
        }
        lines.append(Self.summary(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 files checked: 0 errors, 1 warnings, 0 suggestions`.
    public static func summary(_ report: LintReport) -> String {
        let files = report.files == 1 ? "1 file" : "\(report.files) files"
        return "\(files) checked: \(report.count(.error)) errors, \(report.count(.warning)) warnings, \(report.count(.suggestion)) suggestions"
    }

    private func paint(_ severity: Diagnostic.Severity) -> String {
        guard colour else { return severity.rawValue }
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .suggestion: "36"
        }
        return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
