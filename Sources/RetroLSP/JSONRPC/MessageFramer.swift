/// Splits a byte stream into LSP messages: `Content-Length: N\r\n` headers, a blank line, then
/// N bytes of JSON. Bytes may arrive in any pieces; a bad header is reported and skipped, and a
/// body over `maximumLength` is reported and discarded as it arrives, never held.
struct MessageFramer {
    enum Frame: Equatable {
        case message([UInt8])
        /// A header block that cannot be read; the stream continues after it.
        case malformed(String)
    }

    static let maximumHeader = 8 << 10
    /// The largest body read; larger ones are skipped.
    let maximumLength: Int

    private var buffer: [UInt8] = []
    private var start = 0
    private var pendingBody: Int?
    private var discarding = 0

    init(maximumLength: Int = 64 << 20) {
        self.maximumLength = maximumLength
    }

    mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    mutating func next() -> Frame? {
        defer { compact() }
        if discarding > 0 {
            let dropped = min(discarding, buffer.count - start)
            start += dropped
            discarding -= dropped
            if discarding > 0 { return nil }
        }
        if let length = pendingBody {
            guard buffer.count - start >= length else { return nil }
            let body = Array(buffer[start..<(start + length)])
            start += length
            pendingBody = nil
            return .message(body)
        }
        guard let end = headerEnd() else {
            if buffer.count - start > Self.maximumHeader {
                // Keep the last bytes: they may be the start of the next header's terminator.
                start = buffer.count - 3
                return .malformed("A header block is longer than \(Self.maximumHeader) bytes without a blank line after it.")
            }
            return nil
        }
        let header = buffer[start..<end]
        start = end + 4
        switch Self.contentLength(header) {
        case .failure(let problem):
            // After a damaged frame, the next header arrives glued to the rest of the old body:
            // read on from its Content-Length, so that one bad frame costs one error, not the stream.
            if case .success((let length, nil))? = Self.lastContentLength(in: header).map(Self.contentLength), length <= maximumLength {
                pendingBody = length
                return .malformed("Bytes that were not a header came before 'Content-Length'; they were skipped.")
            }
            return .malformed(problem.text)
        case .success((let length, let refusal?)):
            discarding = length
            return .malformed(refusal)
        case .success((let length, nil)) where length > maximumLength:
            discarding = length
            return .malformed("A message of \(length) bytes is over the limit of \(maximumLength) bytes; it was skipped.")
        case .success((let length, nil)):
            pendingBody = length
            return next()
        }
    }

    private func headerEnd() -> Int? {
        var i = start
        while i + 3 < buffer.count {
            if buffer[i] == 13, buffer[i + 1] == 10, buffer[i + 2] == 13, buffer[i + 3] == 10 { return i }
            i += 1
        }
        return nil
    }

    struct Problem: Error { var text: String }

    /// The header from its last `Content-Length` on, when something comes before it.
    static func lastContentLength(in header: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let name = Array("content-length:".utf8)
        var i = header.endIndex - name.count
        while i > header.startIndex {
            if zip(header[i..<(i + name.count)], name).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) { return header[i...] }
            i -= 1
        }
        return nil
    }

    /// The body's length, and why the body must be skipped when it cannot be read as UTF-8.
    static func contentLength(_ header: ArraySlice<UInt8>) -> Result<(Int, String?), Problem> {
        let text = String(decoding: header, as: UTF8.self)
        var length: Int?
        var refusal: String?
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(Problem(text: "The header line '\(line.prefix(80))' has no ':'."))
            }
            let name = line[..<colon].trimmingWhitespace.lowercased()
            let value = line[line.index(after: colon)...].trimmingWhitespace
            switch name {
            case "content-length":
                guard !value.isEmpty, value.count <= 12, value.allSatisfy(\.isASCIIDigit), let number = Int(value) else {
                    return .failure(Problem(text: "Content-Length '\(value.prefix(40))' is not a byte count."))
                }
                length = number
            case "content-type":
                let lowered = value.lowercased()
                if lowered.contains("charset="), !lowered.contains("utf-8"), !lowered.contains("utf8") {
                    refusal = "Content-Type '\(value.prefix(80))' is not UTF-8; the message was skipped."
                }
            default:
                continue
            }
        }
        guard let length else { return .failure(Problem(text: "The header has no Content-Length.")) }
        return .success((length, refusal))
    }

    private mutating func compact() {
        if start > 1 << 16, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// Frames `body` for sending.
    static func frame(_ body: String) -> [UInt8] {
        Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8) + Array(body.utf8)
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
