/// Words for what a message shared when it has no text of its own.
enum FileMention {
    /// `text`, or "[file: a.png, b.log]" when the message is only an upload.
    static func text(_ text: String, files: [String]) -> String {
        guard !files.isEmpty, text.allSatisfy(\.isWhitespace) else { return text }
        return "[file: " + files.joined(separator: ", ") + "]"
    }
}
