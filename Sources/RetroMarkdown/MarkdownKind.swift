/// What a node of cmark's tree is, as a value that costs nothing to compare.
///
/// `other` covers extension nodes the callers do not tell apart (`table`, `table_row`,
/// `strikethrough`, `tasklist`, …); their type name is still available as a string.
public enum MarkdownKind: Sendable, Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak, footnoteDefinition
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image, footnoteReference
    case tableCell
    case other
}
