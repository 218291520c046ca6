import Foundation
import RetroModel

/// stdout for everything a command prints: controls that input could smuggle into it (escape
/// sequences, BEL, carriage returns, bidi controls) are shown as visible escapes, line breaks kept.
/// Values that must stay on one line go through `TerminalText.value` where they are inserted.
enum Output {
    static func line(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((TerminalText.output(text) + terminator).utf8))
    }
}
