import RetroMarkdown

/// Walks a cmark-gfm tree and collects the prose the rules read, mapped back to the source.
///
/// Skipped: code blocks, inline code, HTML tags and comments, link destinations, autolinks and
/// images. The text of raw HTML blocks (`<p>`, `<details>`) is read, except inside `<script>`,
/// `<style>`, `<pre>` and `<code>`. cmark's inline columns drift after soft breaks, inside lazy blockquote lines and
/// after indentation, so each text node is found again in its source line.
struct ProseExtractor {
    let source: SourceText
    /// Receives each run as soon as it is complete, so a large file never holds all runs at once.
    let consume: (ProseRun) -> Void
    /// HTML comments and raw HTML with their 1-based start line, for suppression directives.
    private(set) var htmlFragments: [(line: Int, endLine: Int, text: String)] = []
    /// The text of the last heading read, which the runs after it are in.
    private(set) var section: String?
    /// True once a heading has been read; before that, runs are in the section given at the start.
    private(set) var headingSeen = false
    /// True when a run was handed over before any heading, in the section given at the start.
    private(set) var usedStartSection = false
    private var cursor = (line: 0, byte: 0)

    /// `section` is the heading the text starts under, for a piece cut out of a larger text.
    init(source: SourceText, section: String? = nil, consume: @escaping (ProseRun) -> Void) {
        self.source = source
        self.section = section
        self.consume = consume
    }

    /// Reads a document, or one of its top-level blocks at a time, straight from cmark's tree.
    mutating func extract(_ node: MarkdownNodeView) {
        visitBlock(node, quoted: false)
    }

    private mutating func visitBlock(_ node: MarkdownNodeView, quoted: Bool) {
        switch node.kind {
        case .paragraph:
            collect(node, scope: quoted ? .quote : .prose)
        case .heading:
            section = node.plainText
            headingSeen = true
            collect(node, scope: .heading)
        case .tableCell:
            collect(node, scope: quoted ? .quote : .prose)
        case .htmlBlock:
            appendFragment(node)
            collectHTML(node, scope: quoted ? .quote : .prose)
        case .codeBlock, .thematicBreak:
            break
        case .blockQuote:
            for child in node.children { visitBlock(child, quoted: true) }
        default:
            for child in node.children { visitBlock(child, quoted: quoted) }
        }
    }

    private mutating func collect(_ block: MarkdownNodeView, scope: ProseRun.Scope) {
        var run = ProseRun(scope: scope, section: scope == .heading ? nil : section)
        cursor = (block.startLine, max(block.startColumn - 1, 0))
        for child in block.children { visitInline(child, into: &run) }
        guard !run.bytes.isEmpty else { return }
        takeLiteralComments(from: &run)
        run.tokens = Tokenizer.tokens(in: run.bytes)
        if !run.tokens.isEmpty { hand(run) }
    }

    private mutating func visitInline(_ node: MarkdownNodeView, into run: inout ProseRun) {
        switch node.kind {
        case .text:
            appendText(node, into: &run)
        case .softBreak, .lineBreak:
            // A space that belongs to no source byte; map it to the end of the previous piece.
            let position = run.segments.last.map { ($0.line, $0.byte + ($0.exact ? $0.length - 1 : 0)) } ?? (cursor.line, cursor.byte)
            run.append([0x20], line: position.0, byte: position.1, exact: false)
        case .code, .image, .footnoteReference:
            run.append([0x20], line: cursor.line, byte: cursor.byte, exact: false)
        case .htmlInline:
            appendFragment(node)
        case .link:
            if isAutolink(node) {
                run.append([0x20], line: cursor.line, byte: cursor.byte, exact: false)
            } else {
                for child in node.children { visitInline(child, into: &run) }
            }
        default:
            for child in node.children { visitInline(child, into: &run) }
        }
    }

    /// cmark 0.29.0.gfm.6 reports end line 0 for HTML blocks, so the end is counted from the text.
    private mutating func appendFragment(_ node: MarkdownNodeView) {
        let literal = node.literal ?? ""
        var body = literal[...]
        while body.last?.isNewline == true { body = body.dropLast() }
        let newlines = body.reduce(0) { $1.isNewline ? $0 + 1 : $0 }
        htmlFragments.append((node.startLine, node.startLine + newlines, literal))
    }

    /// The text between the tags of an HTML block, mapped byte for byte to its source lines.
    private mutating func collectHTML(_ block: MarkdownNodeView, scope: ProseRun.Scope) {
        guard let literal = block.literal, block.startLine > 0 else { return }
        var body = literal[...]
        while body.last?.isNewline == true { body = body.dropLast() }
        let lastLine = block.startLine + body.reduce(0) { $1.isNewline ? $0 + 1 : $0 }
        var run = ProseRun(scope: scope, section: section)
        var state = HTMLTextState()
        for line in block.startLine...lastLine {
            let bytes = source.line(line)
            var pieceStart: Int?
            var index = bytes.startIndex
            func flush(_ end: Int) {
                if let start = pieceStart, end > start {
                    run.append(bytes[start..<end], line: line, byte: start - bytes.startIndex, exact: true)
                }
                pieceStart = nil
            }
            while index < bytes.endIndex {
                if let skip = state.step(bytes, at: index) {
                    flush(index)
                    index = skip
                } else {
                    if pieceStart == nil && state.isText { pieceStart = index }
                    index += 1
                }
            }
            flush(bytes.endIndex)
            if let last = run.segments.last { run.append([0x20], line: last.line, byte: last.byte, exact: false) }
        }
        guard !run.bytes.isEmpty else { return }
        run.tokens = Tokenizer.tokens(in: run.bytes)
        if !run.tokens.isEmpty { hand(run) }
    }

    private mutating func hand(_ run: ProseRun) {
        if !headingSeen && run.scope != .heading { usedStartSection = true }
        consume(run)
    }

    /// A comment holding `--` (`<!-- retro-lint disable-line RULE -- reason -->`) is not an HTML
    /// comment to CommonMark, so cmark hands it over as text. Such a comment is taken out of the
    /// prose (blanked, so positions stay) and kept as a fragment for the suppression directives.
    private mutating func takeLiteralComments(from run: inout ProseRun) {
        // Most runs hold no "<" at all; one pass over the bytes decides.
        guard var from = run.bytes.firstIndex(of: 0x3C) else { return }
        let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)
        while let start = Self.index(of: open, in: run.bytes, from: from) {
            guard let stop = Self.index(of: close, in: run.bytes, from: start + open.count) else { return }
            let end = stop + close.count
            let text = String(decoding: run.bytes[start..<end], as: UTF8.self)
            htmlFragments.append((run.sourcePosition(of: start).line, run.sourcePosition(of: end - 1).line, text))
            for index in start..<end { run.bytes[index] = 0x20 }
            from = end
        }
    }

    private static func index(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func isAutolink(_ link: MarkdownNodeView) -> Bool {
        guard let url = link.url else { return false }
        let text = link.plainText
        return text.isEmpty || url == text || url.hasSuffix(text) || url == "mailto:" + text
    }

    private mutating func appendText(_ node: MarkdownNodeView, into run: inout ProseRun) {
        let bytes = node.literalBytes
        guard !bytes.isEmpty else { return }
        let line = node.startLine > 0 ? node.startLine : cursor.line
        let lineBytes = source.line(line)
        let base = lineBytes.startIndex
        let reported = max(node.startColumn - 1, 0)
        let from = line == cursor.line ? cursor.byte : 0
        if let found = Self.find(bytes, in: lineBytes, at: reported) ?? Self.search(bytes, in: lineBytes, from: from)
            ?? Self.search(bytes, in: lineBytes, from: 0)
        {
            run.append(bytes, line: line, byte: found - base, exact: true)
            cursor = (line, found - base + bytes.count)
        } else if let (next, found) = Self.searchBelow(bytes, after: line, in: source) {
            // After a code span that crosses a line break cmark reports the line before the text.
            run.append(bytes, line: next, byte: found - source.line(next).startIndex, exact: true)
            cursor = (next, found - source.line(next).startIndex + bytes.count)
        } else {
            // Entities and backslash escapes differ from the source: map to where they start.
            let byte = line == cursor.line ? cursor.byte : min(reported, lineBytes.count)
            run.append(bytes, line: line, byte: byte, exact: false)
            cursor = (line, byte + 1)
        }
    }

    /// The absolute index of `needle` in `line` when it starts exactly at relative `offset`.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in line: ArraySlice<UInt8>, at offset: Int) -> Int? {
        let start = line.startIndex + offset
        guard start + needle.count <= line.endIndex else { return nil }
        for (index, byte) in needle.enumerated() where line[start + index] != byte { return nil }
        return start
    }

    /// The text on one of the two lines after `line`, only tried when it is not on `line` itself.
    private static func searchBelow(_ needle: UnsafeBufferPointer<UInt8>, after line: Int, in source: SourceText) -> (Int, Int)? {
        guard needle.count >= 4 else { return nil }
        for next in (line + 1)...(line + 2) {
            if let found = search(needle, in: source.line(next), from: 0) { return (next, found) }
        }
        return nil
    }

    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in line: ArraySlice<UInt8>, from offset: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var start = line.startIndex + max(offset, 0)
        while start + needle.count <= line.endIndex {
            if line[start] == first, find(needle, in: line, at: start - line.startIndex) != nil { return start }
            start += 1
        }
        return nil
    }
}

/// Where an HTML scan is: in text, a tag, a comment, or an element whose content is not prose.
struct HTMLTextState {
    private var inTag = false
    private var inComment = false
    /// `script`, `style`, `pre` or `code` until its closing tag.
    private var skipping: [UInt8]?

    var isText: Bool { !inTag && !inComment && skipping == nil }

    private static let skipped: [[UInt8]] = ["script", "style", "pre", "code", "textarea"].map { Array($0.utf8) }

    /// Consumes markup at `index`: returns the index after it, or nil when the byte is text
    /// (or content being skipped, which the caller passes over without keeping).
    mutating func step(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        if inComment {
            if Self.has(bytes, "-->", at: index) { inComment = false; return index + 3 }
            return index + 1
        }
        if inTag {
            if bytes[index] == 0x3E { inTag = false }
            return index + 1
        }
        guard bytes[index] == 0x3C else { return skipping == nil ? nil : index + 1 }
        if Self.has(bytes, "<!--", at: index) { inComment = true; return index + 4 }
        let closing = index + 1 < bytes.endIndex && bytes[index + 1] == 0x2F
        let nameStart = index + (closing ? 2 : 1)
        var nameEnd = nameStart
        while nameEnd < bytes.endIndex, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        guard nameEnd > nameStart || closing || (nameStart < bytes.endIndex && bytes[nameStart] == 0x21) else {
            return skipping == nil ? nil : index + 1  // "a < b" is text
        }
        let name = bytes[nameStart..<nameEnd].map { $0 | 0x20 }
        if let current = skipping {
            guard closing, name == current else { return index + 1 }
            skipping = nil
        } else if !closing, Self.skipped.contains(name) {
            skipping = name
        }
        inTag = true
        return nameEnd
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    private static func has(_ bytes: ArraySlice<UInt8>, _ needle: String, at index: Int) -> Bool {
        let needle = Array(needle.utf8)
        return index + needle.count <= bytes.endIndex && bytes[index..<index + needle.count].elementsEqual(needle)
    }
}
