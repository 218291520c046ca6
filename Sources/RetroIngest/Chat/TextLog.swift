import Foundation
import RetroModel

/// The lines of a plain-text chat log, decoded as UTF-8 where valid and as Windows-1252 (a
/// superset of Latin-1) line by line where not, since IRC logs often mix the two.
struct TextLog {
    struct Line {
        var number: Int
        var text: String
    }

    var lines: [Line] = []
    /// Line numbers that were not valid UTF-8.
    var legacyLines: [Int] = []

    init(_ data: Data) {
        var number = 0
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var bytes = raw
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            var text: String
            if let utf8 = String(bytes: bytes, encoding: .utf8) {
                text = utf8
            } else {
                text = String(bytes: bytes, encoding: .windowsCP1252) ?? String(bytes: bytes, encoding: .isoLatin1) ?? String(decoding: bytes, as: UTF8.self)
                legacyLines.append(number)
            }
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) { text = Self.stripControlCodes(text) }
            lines.append(Line(number: number, text: text))
        }
        while let last = lines.last, last.text.isEmpty { lines.removeLast() }
    }

    /// The note to add when some lines were not UTF-8.
    var encodingNote: String? {
        guard let first = legacyLines.first else { return nil }
        return "\(legacyLines.count) line(s) were not valid UTF-8 (first: line \(first)) and were read as Windows-1252/Latin-1."
    }

    /// Removes mIRC colour and formatting codes (`\u{3}04,01`, bold, reset, reverse, italic, underline).
    static func stripControlCodes(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            if c == "\u{3}" {
                var digits = 0
                while digits < 2, let d = scalars.first, ("0"..."9").contains(d) { scalars = scalars.dropFirst(); digits += 1 }
                if digits > 0, scalars.first == ",", let d = scalars.dropFirst().first, ("0"..."9").contains(d) {
                    scalars = scalars.dropFirst(2)
                    if let d2 = scalars.first, ("0"..."9").contains(d2) { scalars = scalars.dropFirst() }
                }
            } else if c.value >= 0x20 || c == "\t" {
                out.append(c)
            }
        }
        return String(out)
    }

    /// The first few non-empty lines, for detection.
    static func sample(_ input: SourceInput, count: Int = 30) -> [String] {
        guard let data = input.data, input.json == nil, !input.isZip else { return [] }
        let head = data.prefix(8192)
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(count + 1).map {
            String($0.trimmingCharacters(in: CharacterSet(charactersIn: "\r\u{FEFF}\u{200E}")))
        }
        if head.count == 8192, lines.count > 1 { lines.removeLast() }
        return Array(lines.prefix(count)).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
