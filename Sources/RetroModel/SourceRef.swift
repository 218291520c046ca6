/// Where a normalized value came from: the file, and a position inside it.
///
/// `index` is the 0-based position of the record in its file (message, entry, series);
/// `line` is set where the format is line-oriented. Both let a reader trace an event back.
public struct SourceRef: Sendable, Hashable, Codable {
    public var file: String
    public var index: Int?
    public var line: Int?
    /// A link to the original record (a Slack permalink), when one can be built.
    public var url: String?

    public init(file: String, index: Int? = nil, line: Int? = nil, url: String? = nil) {
        self.file = file
        self.index = index
        self.line = line
        self.url = url
    }

    /// `file`, `file:line` or `file#index`, for messages and links.
    public var label: String {
        if let line { return "\(file):\(line)" }
        if let index { return "\(file)#\(index)" }
        return file
    }
}
