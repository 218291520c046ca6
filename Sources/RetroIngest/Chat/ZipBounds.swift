import Foundation
import RetroModel
#if canImport(CZlib)
import CZlib
#endif

/// Checks, before ZIPFoundation reads anything, that every entry's data lies inside the archive.
///
/// ZIPFoundation reads an entry until it has the compressed size the central directory declares;
/// when that runs past the end of the file, it reads nothing forever (found by fuzzing). This walks
/// the central directory itself and refuses such entries. ZIP64 sizes (0xFFFFFFFF) are left to
/// ZIPFoundation, since the 32-bit fields do not hold them.
enum ZipBounds {
    /// Returned when the central directory itself runs past the end or is malformed.
    static let directory = "\u{0}central directory"

    /// Where an entry's packed data sits in the archive, and how it is packed (8 = deflate).
    struct Span: Sendable {
        var start: Int
        var count: Int
        var method: Int
    }

    /// The name of the first entry whose data would run past the end of `data`, if any.
    static func firstEntryOutside(_ data: Data) -> String? {
        var spans: [String: Span] = [:]
        return scan(data, spans: &spans)
    }

    /// Like `firstEntryOutside`, and records each checked entry's span by name.
    static func scan(_ data: Data, spans: inout [String: Span]) -> String? {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        // The end-of-central-directory record: its signature within the last 64 KiB + 22 bytes.
        var end = -1
        var at = count - 22
        while at >= max(0, count - 65_557) {
            if u32(at) == 0x0605_4B50 {
                end = at
                break
            }
            at -= 1
        }
        guard end >= 0, let entries = u16(end + 10), var cursor = u32(end + 16), cursor != 0xFFFF_FFFF else { return nil }
        for _ in 0..<entries {
            guard u32(cursor) == 0x0201_4B50, let packed = u32(cursor + 20), let unpacked = u32(cursor + 24),
                  let nameLength = u16(cursor + 28), let extraLength = u16(cursor + 30), let commentLength = u16(cursor + 32),
                  let local = u32(cursor + 42), let method = u16(cursor + 10)
            else { return directory }
            let name = String(decoding: bytes[min(cursor + 46, count)..<min(cursor + 46 + nameLength, count)], as: UTF8.self)
            if packed != 0xFFFF_FFFF, unpacked != 0xFFFF_FFFF, local != 0xFFFF_FFFF {
                guard let localName = u16(local + 26), let localExtra = u16(local + 28) else { return name }
                let start = local + 30 + localName + localExtra
                if start + packed > count { return name }
                spans[name] = Span(start: start, count: packed, method: method)
            }
            cursor += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// True when the deflate stream in `span` ends within its packed bytes. ZIPFoundation keeps
    /// asking for input until the stream ends, and at the end of the file it gets none, forever
    /// (found by fuzzing); a stream that is cut short or damaged is refused before that.
    static func deflateEnds(_ data: Data, _ span: Span) -> Bool {
        #if canImport(CZlib)
        guard span.method == 8 else { return true }
        guard span.start >= 0, span.count >= 0, span.start + span.count <= data.count else { return false }
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return false }
        defer { inflateEnd(&stream) }
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        return data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            stream.next_in = UnsafeMutablePointer(mutating: base.advanced(by: span.start).assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(span.count)
            while true {
                let result = scratch.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                if result == Z_STREAM_END { return true }
                if result != Z_OK { return false }
            }
        }
        #else
        return true
        #endif
    }
}
