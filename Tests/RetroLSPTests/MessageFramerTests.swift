import Testing

@testable import RetroLSP

/// Content-Length framing over a stream that arrives in arbitrary pieces.
@Suite struct MessageFramerTests {
    static func frames(_ pieces: [[UInt8]]) -> [MessageFramer.Frame] {
        var framer = MessageFramer()
        var out: [MessageFramer.Frame] = []
        for piece in pieces {
            framer.append(piece)
            while let frame = framer.next() { out.append(frame) }
        }
        return out
    }

    static let two = MessageFramer.frame(#"{"a":1}"#) + MessageFramer.frame(#"{"b":"é"}"#)

    @Test func byteByByteDeliveryYieldsBothMessages() {
        let frames = Self.frames(Self.two.map { [$0] })
        #expect(frames == [.message(Array(#"{"a":1}"#.utf8)), .message(Array(#"{"b":"é"}"#.utf8))])
    }

    @Test func oneChunkWithTwoMessagesYieldsBoth() {
        #expect(Self.frames([Self.two]).count == 2)
    }

    @Test func lengthCountsBytesNotCharacters() {
        #expect(Array(MessageFramer.frame("é").prefix(21)) == Array("Content-Length: 2\r\n\r\n".utf8))
    }

    @Test func headerNamesAreCaseInsensitiveAndOtherHeadersAreIgnored() {
        let text = "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
        #expect(Self.frames([Array(text.utf8)]) == [.message(Array("{}".utf8))])
    }

    @Test(arguments: [
        "Content-Type: application/json\r\n\r\n",
        "Content-Length: twelve\r\n\r\n",
        "Content-Length: -4\r\n\r\n",
        "no colon here\r\n\r\n",
        "Content-Length: 2\r\nContent-Type: text/plain; charset=latin1\r\n\r\n{}",
    ])
    func aBadHeaderIsReportedAndTheNextMessageStillArrives(header: String) {
        let frames = Self.frames([Array(header.utf8) + MessageFramer.frame("{}")])
        #expect(frames.count == 2, "\(frames)")
        guard case .malformed = frames.first else {
            Issue.record("expected a malformed frame first: \(frames)")
            return
        }
        // A refused body (the latin1 case) is read past, so the next message is still found.
        #expect(frames.last == .message(Array("{}".utf8)))
    }

    @Test func anOversizedBodyIsSkippedWithoutBeingHeld() {
        var framer = MessageFramer(maximumLength: 1 << 16)
        let length = framer.maximumLength + 10
        framer.append(Array("Content-Length: \(length)\r\n\r\n".utf8))
        guard case .malformed(let problem) = framer.next() else {
            Issue.record("an oversized message must be reported")
            return
        }
        #expect(problem.contains("over the limit"))
        var remaining = length
        while remaining > 0 {
            let piece = min(remaining, 1000)
            framer.append(repeatElement(UInt8(ascii: "x"), count: piece))
            #expect(framer.next() == nil)
            remaining -= piece
        }
        framer.append(MessageFramer.frame("{}"))
        #expect(framer.next() == .message(Array("{}".utf8)))
    }

    @Test func anEndlessHeaderIsReportedOnce() {
        var framer = MessageFramer()
        framer.append(repeatElement(UInt8(ascii: "a"), count: MessageFramer.maximumHeader + 100))
        guard case .malformed = framer.next() else {
            Issue.record("a header without an end must be reported")
            return
        }
        #expect(framer.next() == nil)
        framer.append(Array("\r\n\r\n".utf8) + MessageFramer.frame("{}"))
        var frames: [MessageFramer.Frame] = []
        while let frame = framer.next() { frames.append(frame) }
        #expect(frames.last == .message(Array("{}".utf8)))
    }
}

extension MessageFramerTests {
    @Test func aFrameCutShortCostsOneErrorNotTheStream() {
        let cut = Array(MessageFramer.frame(#"{"a":1}"#).dropFirst(3))
        let frames = Self.frames([cut + MessageFramer.frame(#"{"b":2}"#) + MessageFramer.frame(#"{"c":3}"#)])
        #expect(frames.filter { if case .malformed = $0 { true } else { false } }.count == 2, "\(frames)")
        #expect(frames.suffix(2) == [.message(Array(#"{"b":2}"#.utf8)), .message(Array(#"{"c":3}"#.utf8))], "\(frames)")
    }
}
