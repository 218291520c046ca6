import Foundation

/// A text folded for leak comparison, with the offset in the original of every folded byte.
///
/// Folding undoes the disguises that keep a name or host from matching while it still reads the
/// same to a customer: compatibility forms (NFKC: full-width `Ｄａｎａ`, `＠`), invisible characters
/// (soft hyphen, U+034F, zero-width marks, bidi controls, tag characters), accents (`Ortíz`, NFD
/// or not), look-alike letters from other scripts (Cyrillic `а`, Greek `ο`), other full stops
/// (`。`), and runs of whitespace. Case is kept: the scanner's own case rules apply to the result.
/// With `separators`, runs of `-`, `_`, `.`, `/` and whitespace also become one space, so
/// `payments api`, `payments_api`, `payments\_api` and `payments  api` all read as the term `payments-api` does.
struct FoldedText {
    /// The folded text.
    let text: String
    /// For each UTF-8 byte of `text`, the UTF-8 offsets in the original of the scalar it came from.
    let origin: [Range<Int>]

    /// Folds `original`; with `markdown`, a backslash before ASCII punctuation (an escape) is dropped.
    init(_ original: String, separators: Bool = false, markdown: Bool = false) {
        var bytes: [UInt8] = []
        var origin: [Range<Int>] = []
        bytes.reserveCapacity(original.utf8.count)
        origin.reserveCapacity(original.utf8.count)
        var offset = 0
        var lastWasSpace = false
        var escaped = false
        for scalar in original.unicodeScalars {
            let here = offset..<(offset + UTF8.width(scalar))
            offset = here.upperBound
            if markdown, !escaped, scalar == "\\" {
                escaped = true
                continue
            }
            if escaped, !(scalar.isASCII && scalar.properties.generalCategory.isPunctuationOrSymbol) {
                // Not an escape after all: the backslash is text.
                bytes.append(0x5C)
                origin.append((here.lowerBound - 1)..<here.lowerBound)
                lastWasSpace = false
            }
            escaped = false
            // Most text is ASCII letters and digits, which fold to themselves.
            if scalar.value > 0x20, scalar.value < 0x7F, !(separators && Self.separatorScalars.contains(scalar)) {
                lastWasSpace = false
                bytes.append(UInt8(scalar.value))
                origin.append(here)
                continue
            }
            for folded in Self.fold(scalar) {
                let isSpace = folded == " " || (separators && Self.separatorScalars.contains(folded))
                if isSpace {
                    // A line break stays one, so findings keep their line.
                    if lastWasSpace { continue }
                    lastWasSpace = true
                    bytes.append(0x20)
                    origin.append(here)
                    continue
                }
                lastWasSpace = false
                UTF8.encode(folded) { byte in
                    bytes.append(byte)
                    origin.append(here)
                }
            }
        }
        if escaped {
            bytes.append(0x5C)
            origin.append((offset - 1)..<offset)
        }
        self.text = String(decoding: bytes, as: UTF8.self)
        self.origin = origin
    }

    /// The UTF-8 offsets in the original of the folded UTF-8 offsets `range`.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !origin.isEmpty else { return 0..<0 }
        let first = origin[min(max(range.lowerBound, 0), origin.count - 1)]
        let last = origin[min(max(range.upperBound - 1, range.lowerBound, 0), origin.count - 1)]
        return first.lowerBound..<max(last.upperBound, first.upperBound)
    }

    /// `name` folded the same way, for the vocabulary side of a comparison.
    static func fold(_ name: String, separators: Bool = false) -> String {
        FoldedText(name, separators: separators).text.trimmingCharacters(in: .whitespaces)
    }

    /// One scalar's folded scalars: nothing for an invisible one, a space for any whitespace.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.value < 0x80 {
            if scalar == "\n" { return ["\n"] }
            if scalar.value < 0x20 || scalar.value == 0x7F { return scalar == "\t" || scalar == "\r" ? [" "] : [] }
            return [scalar]
        }
        if let mapped = lookAlikes[scalar] { return [mapped] }
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint || properties.generalCategory == .control || properties.generalCategory == .format {
            return []
        }
        if properties.isWhitespace { return [" "] }
        var result: [Unicode.Scalar] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
            if part.value < 0x80 {
                result.append(part)
                continue
            }
            let p = part.properties
            if p.generalCategory == .nonspacingMark || p.generalCategory == .enclosingMark || p.isDefaultIgnorableCodePoint { continue }
            if p.isWhitespace {
                result.append(" ")
                continue
            }
            result.append(lookAlikes[part] ?? part)
        }
        return result
    }

    /// What counts as a separator inside a term when `separators` is on.
    static let separatorScalars: Set<Unicode.Scalar> = [" ", "-", "_", ".", "/", "\\", "\u{00B7}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]

    /// Letters of other scripts that read as Latin ones, and full stops that read as `.`, after
    /// Unicode's confusables list (the common ones: Cyrillic, Greek, Armenian, a few symbols).
    static let lookAlikes: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            // Cyrillic
            ("а", "a"), ("в", "b"), ("е", "e"), ("ё", "e"), ("һ", "h"), ("і", "i"), ("ї", "i"), ("ј", "j"), ("к", "k"), ("ӏ", "l"),
            ("м", "m"), ("н", "h"), ("о", "o"), ("р", "p"), ("с", "c"), ("ѕ", "s"), ("т", "t"), ("у", "y"), ("х", "x"), ("ԁ", "d"),
            ("ԛ", "q"), ("ԝ", "w"), ("ɡ", "g"), ("ь", "b"),
            ("А", "A"), ("В", "B"), ("Е", "E"), ("Ё", "E"), ("Һ", "H"), ("І", "I"), ("Ї", "I"), ("Ј", "J"), ("К", "K"), ("Ӏ", "I"),
            ("М", "M"), ("Н", "H"), ("О", "O"), ("Р", "P"), ("С", "C"), ("Ѕ", "S"), ("Т", "T"), ("У", "Y"), ("Х", "X"), ("Ԁ", "D"),
            ("Ԛ", "Q"), ("Ԝ", "W"), ("Ь", "b"),
            // Greek
            ("α", "a"), ("β", "b"), ("ε", "e"), ("ι", "i"), ("κ", "k"), ("ν", "v"), ("ο", "o"), ("ρ", "p"), ("τ", "t"), ("υ", "u"),
            ("χ", "x"), ("ϲ", "c"), ("ϳ", "j"),
            ("Α", "A"), ("Β", "B"), ("Ε", "E"), ("Ζ", "Z"), ("Η", "H"), ("Ι", "I"), ("Κ", "K"), ("Μ", "M"), ("Ν", "N"), ("Ο", "O"),
            ("Ρ", "P"), ("Τ", "T"), ("Υ", "Y"), ("Χ", "X"), ("Ϲ", "C"),
            // Armenian and Latin letters without a decomposition
            ("օ", "o"), ("ս", "u"), ("ı", "i"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("Đ", "D"), ("ħ", "h"),
            ("ß", "s"), ("ɑ", "a"), ("ǀ", "l"),
            // Full stops and at signs that NFKC leaves alone
            ("。", "."), ("｡", "."), ("︒", "."), ("․", "."), ("﹒", "."), ("۔", "."),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in pairs {
            if let f = from.unicodeScalars.first, let t = to.unicodeScalars.first { map[f] = t }
        }
        return map
    }()
}

extension Unicode.GeneralCategory {
    /// Punctuation or a symbol: for ASCII, what CommonMark lets a backslash escape.
    fileprivate var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }
}
