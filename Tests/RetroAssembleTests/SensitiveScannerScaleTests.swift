import Foundation
import Testing

@testable import RetroModel

/// The scanner on one huge message: spans of a later detector that fall between those of an
/// earlier one used to be inserted one by one into a sorted array, quadratic in the spans.
@Suite struct SensitiveScannerScaleTests {
    @Test func spansOfALaterDetectorBeforeAllOfAnEarlierOneScaleLinearly() throws {
        let count = 300_000
        // Every IP (a later detector) stands before every address (an earlier one): each used to
        // be inserted at the front of the sorted array, moving all the addresses along.
        var text = ""
        text.reserveCapacity(count * 40)
        for i in 0..<count { text += "10.\(i / 62_500).\((i / 250) % 250).\(i % 250) " }
        for i in 0..<count { text += "ops\(i)@example.com " }
        let started = Date()
        let spans = SensitiveScanner().scan(text, kinds: [.email, .ipAddress])
        let seconds = Date().timeIntervalSince(started)
        #expect(spans.count == 2 * count)
        #expect(spans.prefix(count).allSatisfy { $0.kind == .ipAddress } && spans.suffix(count).allSatisfy { $0.kind == .email })
        // About 4 s in a debug build; the front insertions alone took over 30 s.
        #expect(seconds < 20, "\(seconds) s")
        print("front-loaded scan of \(text.utf8.count) bytes, \(spans.count) spans: \(seconds) s")
    }

    @Test func interleavedSpansOfTwoDetectorsScaleLinearly() throws {
        let count = 150_000
        // An address (an early detector) then an IP (a later one), over and over: about 6 MB.
        var text = ""
        text.reserveCapacity(count * 40)
        text += "Café déjà vu: "
        for i in 0..<count { text += "ops\(i)@example.com 10.\(i / 62_500).\((i / 250) % 250).\(i % 250) " }
        let started = Date()
        let spans = SensitiveScanner().scan(text, kinds: [.email, .ipAddress])
        let seconds = Date().timeIntervalSince(started)
        #expect(spans.count == 2 * count)
        #expect(spans.first?.text == "ops0@example.com")
        #expect(spans[1].text == "10.0.0.0")
        #expect(spans.last?.text == "10.2.99.249")
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound }, "in text order, never overlapping")
        #expect(spans.enumerated().allSatisfy { $0.element.kind == ($0.offset % 2 == 0 ? .email : .ipAddress) })
        // Linear: a few seconds in a debug build on a busy machine; the insertions alone took minutes.
        #expect(seconds < 40, "\(seconds) s")
        print("scan of \(text.utf8.count) bytes, \(spans.count) spans: \(seconds) s")
    }
}
