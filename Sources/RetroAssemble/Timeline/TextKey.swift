/// A text as a dictionary key compared by its UTF-8 bytes. A `String` key hashes and compares
/// non-ASCII text by its canonical form, normalising it on every lookup; texts read by scalars
/// need no such equivalence (two spellings of "é" are read apart anyway), so bytes are enough.
struct TextKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
