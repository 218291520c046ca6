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

    /// Renders `markdown` to an HTML fragment in safe mode: raw HTML is omitted and
    /// `javascript:`, `vbscript:`, `file:` and `data:` (non-image) links are dropped.
    public static func renderHTML(_ markdown: String) -> String {
        withDocument(markdown) { document, parser in
            let options = parseOptions
            guard let raw = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(raw) }
            return String(cString: raw)
        }
    }

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, OpaquePointer) -> T) -> T {
        _ = registered
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
        defer { cmark_node_free(document) }
        return body(document, parser)
    }

    private static func convert(_ node: OpaquePointer) -> MarkdownNode {
        let type = String(cString: cmark_node_get_type_string(node))
        var result = MarkdownNode(
            type: type,
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
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
            result.children.append(convert(current))
            child = cmark_node_next(current)
        }
        return result
    }
}
