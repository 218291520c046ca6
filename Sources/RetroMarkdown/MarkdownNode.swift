/// A node of a parsed Markdown document, copied out of cmark-gfm into Swift values.
///
/// Lines are 1-based. Columns are 1-based **byte** offsets into the line, as cmark reports them;
/// `MarkdownSource` converts them to Unicode-scalar columns.
public struct MarkdownNode: Sendable, Equatable {
    /// cmark's type name: `document`, `paragraph`, `heading`, `text`, `softbreak`, `code`,
    /// `code_block`, `html_block`, `html_inline`, `link`, `image`, `block_quote`, `list`, `item`,
    /// `emph`, `strong`, `table`, `table_row`, `table_cell`, `strikethrough`, `tasklist`, …
    public var type: String
    /// The text of leaf nodes (`text`, `code`, `code_block`, `html_*`).
    public var literal: String?
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    /// Heading level (1–6), 0 for other nodes.
    public var headingLevel: Int
    /// Link and image target.
    public var url: String?
    /// Fenced code block info string.
    public var fenceInfo: String?
    public var children: [MarkdownNode]

    public init(
        type: String, literal: String? = nil, startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0,
        endColumn: Int = 0, headingLevel: Int = 0, url: String? = nil, fenceInfo: String? = nil,
        children: [MarkdownNode] = []
    ) {
        self.type = type
        self.literal = literal
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.headingLevel = headingLevel
        self.url = url
        self.fenceInfo = fenceInfo
        self.children = children
    }

    /// The concatenated text of this node's `text` and `code` descendants; soft breaks become spaces.
    public var plainText: String {
        switch type {
        case "text", "code": return literal ?? ""
        case "softbreak", "linebreak": return " "
        default: return children.map(\.plainText).joined()
        }
    }

    /// Calls `visit` on this node and every descendant, depth first, in document order.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }
}
