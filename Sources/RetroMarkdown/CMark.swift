import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only code that calls the cmark-gfm C library.
///
/// Debian's build registers its extensions without a lock, so registration happens once, in a
/// `static let`, before any parse.
public enum CMark {
    /// The GFM extensions attached to every parser. `tagfilter` matters only if unsafe HTML is ever allowed.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parse options: footnotes on, invalid UTF-8 replaced.
    static var parseOptions: Int32 { CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 }

    /// Nesting deeper than this is not walked by the lint (real documents stay under 20 levels).
    public static let maximumNesting = 100

    /// The library's version string (`0.29.0.gfm.6` on Debian 12).
    public static var version: String { String(cString: cmark_version_string()) }

    /// Parses `markdown` into a Swift tree with source positions.
    public static func parse(_ markdown: String) -> MarkdownNode {
        withDocument(markdown) { document, _ in convert(document) }
    }

    /// Parses `markdown` and hands each top-level block to `visit` in document order, converting
    /// one block at a time so that a large file never exists as a whole Swift tree.
    public static func parseBlocks(_ markdown: String, _ visit: (MarkdownNode) -> Void) {
        withDocument(markdown) { document, _ in
            var child = cmark_node_first_child(document)
            while let current = child {
                visit(convert(current))
                child = cmark_node_next(current)
            }
        }
    }

    /// Parses `markdown` and hands each top-level block to `visit` as a view of cmark's own node,
    /// without copying anything into Swift values. Views are valid only during the call; their
    /// lines are shifted by `lineOffset` (for a piece cut out of a larger text).
    /// Blocks that start after line `lineLimit` of `markdown` are skipped (a piece's trailer).
    public static func withBlockViews(_ markdown: String, lineOffset: Int = 0, lineLimit: Int = .max, _ visit: (MarkdownNodeView) -> Void) {
        withDocument(markdown) { document, _ in
            var child = cmark_node_first_child(document)
            while let current = child {
                if Int(cmark_node_get_start_line(current)) <= lineLimit { visit(MarkdownNodeView(current, lineOffset: lineOffset)) }
                child = cmark_node_next(current)
            }
        }
    }

    /// Renders `markdown` to an HTML fragment in safe mode: raw HTML is omitted and
    /// `javascript:`, `vbscript:`, `file:` and `data:` (non-image) links are dropped.
    ///
    /// A large text is rendered a piece at a time (see `MarkdownChunks`): the pieces' HTML joined
    /// is the whole text's HTML, and only one piece's tree is in memory at once.
    public static func renderHTML(_ markdown: String) -> String {
        let pieces = MarkdownChunks.split(markdown)
        guard pieces.count > 1 else { return renderWhole(markdown) }
        return pieces.map { renderWhole(String($0.text)) }.joined()
    }

    private static func renderWhole(_ markdown: String) -> String {
        withDocument(markdown) { document, parser in
            remoteImagesToLinks(document)
            mailLinksToText(document)
            let options = parseOptions
            guard let raw = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(raw) }
            return String(cString: raw)
        }
    }

    /// The page is self-contained and its policy forbids outside requests, so an image from
    /// elsewhere (`![x](https://…)`, `//host/…`) becomes a link to it, with the image's text; only
    /// relative paths (the generated charts) and `data:image/` URLs stay images.
    private static func remoteImagesToLinks(_ document: OpaquePointer) {
        var images: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            {
                images.append(node)
            }
        }
        cmark_iter_free(iterator)
        for image in images {
            let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
            guard isRemote(url), let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
            cmark_node_set_url(link, url)
            if let title = cmark_node_get_title(image) { cmark_node_set_title(link, title) }
            while let child = cmark_node_first_child(image) {
                cmark_node_unlink(child)
                cmark_node_append_child(link, child)
            }
            cmark_node_insert_before(image, link)
            cmark_node_free(image)
        }
    }

    /// No input becomes a link to write to: an e-mail address that the autolink extension made a
    /// `mailto:` link (and any written `mailto:` link) is shown as text. A link whose text is not
    /// the address keeps the address after it in brackets, so nothing is lost.
    private static func mailLinksToText(_ document: OpaquePointer) {
        var links: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_LINK,
                cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let url = cmark_node_get_url(node).map({ String(cString: $0) }), url.lowercased().hasPrefix("mailto:")
            {
                links.append(node)
            }
        }
        cmark_iter_free(iterator)
        for link in links {
            let address = String((cmark_node_get_url(link).map { String(cString: $0) } ?? "").dropFirst("mailto:".count))
            var shown = ""
            while let child = cmark_node_first_child(link) {
                if cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child) { shown += String(cString: literal) }
                cmark_node_unlink(child)
                cmark_node_insert_before(link, child)
            }
            if shown != address, !address.isEmpty, let note = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(note, " (\(address))")
                cmark_node_insert_before(link, note)
            }
            cmark_node_free(link)
        }
    }

    /// True for a URL with a scheme (other than `data:image/`) or a network-path reference.
    static func isRemote(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if lowered.hasPrefix("//") { return true }
        if lowered.hasPrefix("data:image/") { return false }
        guard let colon = lowered.firstIndex(of: ":") else { return false }
        let scheme = lowered[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) } && !lowered[..<colon].contains("/")
    }

    /// cmark-gfm's inline parser reads a process-wide table of special characters that every
    /// parse with extensions sets on starting its inlines and clears on finishing them (and table
    /// rows do the same while the blocks are read): two parses at once would each see the table
    /// the other left. Parses therefore take turns; reading and freeing the trees does not.
    nonisolated(unsafe) private static let parseLock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        return lock
    }()

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, OpaquePointer) -> T) -> T {
        _ = registered
        pthread_mutex_lock(parseLock)
        let parser = cmark_parser_new(parseOptions)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            // A missing extension means a broken libcmark-gfm-extensions install; parsing still works without it.
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let document = cmark_parser_finish(parser)!
        pthread_mutex_unlock(parseLock)
        defer { cmark_node_free(document) }
        return body(document, parser)
    }

    static func convert(_ node: OpaquePointer, lineOffset: Int = 0) -> MarkdownNode {
        let type = String(cString: cmark_node_get_type_string(node))
        // cmark reports 0 for positions it does not know; those stay 0.
        func line(_ value: Int32) -> Int { value > 0 ? Int(value) + lineOffset : Int(value) }
        var result = MarkdownNode(
            type: type,
            startLine: line(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: line(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node)))
        if let literal = cmark_node_get_literal(node) { result.literal = String(cString: literal) }
        switch type {
        case "heading":
            result.headingLevel = Int(cmark_node_get_heading_level(node))
        case "link", "image":
            if let url = cmark_node_get_url(node) { result.url = String(cString: url) }
        case "code_block":
            if let info = cmark_node_get_fence_info(node) { result.fenceInfo = String(cString: info) }
        default:
            break
        }
        var child = cmark_node_first_child(node)
        while let current = child {
            result.children.append(convert(current, lineOffset: lineOffset))
            child = cmark_node_next(current)
        }
        return result
    }
}

/// A borrowed view of one node of cmark's tree: what the lint reads, straight from the C structs.
///
/// It lives only as long as the tree (inside `CMark.withBlockViews`); `copy()` makes a
/// `MarkdownNode` that outlives it.
public struct MarkdownNodeView {
    private let node: OpaquePointer
    private let lineOffset: Int

    init(_ node: OpaquePointer, lineOffset: Int = 0) {
        self.node = node
        self.lineOffset = lineOffset
    }

    public var kind: MarkdownKind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: .footnoteDefinition
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference
        default: strcmp(cmark_node_get_type_string(node), "table_cell") == 0 ? .tableCell : .other
        }
    }

    /// 1-based; 0 when cmark does not know it.
    public var startLine: Int {
        let line = Int(cmark_node_get_start_line(node))
        return line > 0 ? line + lineOffset : 0
    }
    public var startColumn: Int { Int(cmark_node_get_start_column(node)) }
    public var headingLevel: Int { Int(cmark_node_get_heading_level(node)) }

    /// The literal's UTF-8 bytes (empty when the node has none); valid only while the tree lives.
    public var literalBytes: UnsafeBufferPointer<UInt8> {
        guard let literal = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return literal.withMemoryRebound(to: UInt8.self, capacity: 1) { UnsafeBufferPointer(start: $0, count: strlen(literal)) }
    }

    public var literal: String? { cmark_node_get_literal(node).map { String(cString: $0) } }
    public var url: String? { cmark_node_get_url(node).map { String(cString: $0) } }

    public var children: Children { Children(upcoming: cmark_node_first_child(node), lineOffset: lineOffset) }

    /// The same text as `MarkdownNode.plainText`.
    public var plainText: String {
        var bytes: [UInt8] = []
        appendPlainText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendPlainText(to bytes: inout [UInt8]) {
        switch kind {
        case .text, .code: bytes.append(contentsOf: literalBytes)
        case .softBreak, .lineBreak: bytes.append(0x20)
        default: for child in children { child.appendPlainText(to: &bytes) }
        }
    }

    /// How many levels of nodes lie below this one, counted without recursion and without
    /// copying; counting stops once `limit` is passed. Code that walks a tree recursively asks
    /// this first, so that a hostile document nested 100,000 deep cannot overflow the stack.
    public func nestingDepth(limit: Int) -> Int {
        var depth = 0
        var deepest = 0
        var current = cmark_node_first_child(node)
        if current != nil { depth = 1 }
        while let visiting = current {
            deepest = max(deepest, depth)
            if deepest > limit { return deepest }
            if let child = cmark_node_first_child(visiting) {
                current = child
                depth += 1
                continue
            }
            // No children: the next sibling, or the next sibling of the nearest ancestor that has one.
            var climbing = visiting
            current = nil
            while true {
                if let sibling = cmark_node_next(climbing) {
                    current = sibling
                    break
                }
                guard let parent = cmark_node_parent(climbing), parent != node else { break }
                climbing = parent
                depth -= 1
            }
        }
        return deepest
    }

    /// This node and its descendants as Swift values.
    public func copy() -> MarkdownNode { CMark.convert(node, lineOffset: lineOffset) }

    public struct Children: Sequence, IteratorProtocol {
        var upcoming: OpaquePointer?
        let lineOffset: Int

        public mutating func next() -> MarkdownNodeView? {
            guard let current = upcoming else { return nil }
            upcoming = cmark_node_next(current)
            return MarkdownNodeView(current, lineOffset: lineOffset)
        }
    }
}
