import Foundation
@testable import RetroIngest
import RetroModel
import Testing

/// The Slack export fast paths (StrictJSON, SlackTimestamp, MessageOrder) against the slow paths
/// they stand in for: same values, or a step aside so the slow path can answer.
@Suite struct SlackFastPathTests {
    /// Documents the strict reader must read exactly as JSONSerialization does.
    @Test(arguments: [
        #"[]"#, #"{}"#, #" [ 1 , -2.5 , 3e2, 0, -0.0, 1E-7, 9223372036854775807 ] "#, #"[true, false, null]"#,
        #"{"ts": "1736467200.000004", "text": "a \"quoted\" \\ back\/slash\n\t", "n": {"x": [{}]}}"#,
        #"["\u00e9\u4e2d\ud83d\udd25", "é中🔥", "\b\f\r"]"#, #""just a string""#, #"42"#,
    ])
    func readsLikeJSONSerialization(document: String) throws {
        let data = Data(document.utf8)
        let fast = try #require(StrictJSON.parse(data))
        let slow = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        #expect(Self.same(fast, slow), "\(document)")
    }

    /// Documents it leaves to the slow path: broken, ambiguous or unusual.
    @Test(arguments: [
        #"["#, #"[1,]"#, #"{"a": 1,}"#, #"{"a" 1}"#, #"[01]"#, #"[1.]"#, #"[.5]"#, #"[tru]"#, #"["\ud83d"]"#,
        #"{"a": 1, "a": 2}"#, "[\"tab\there\"]", #"["\x"]"#, #"[] []"#, #"[12345678901234567890]"#, "", "\u{FEFF}[]",
    ])
    func declinesWhatItShouldNotDecide(document: String) {
        #expect(StrictJSON.parse(Data(document.utf8)) == nil, "\(document)")
    }

    /// Element by element, an array reads as it does whole; anything else is declined.
    @Test(arguments: [#"[]"#, #" [ {"a": 1}, {"b": [true, null]} , "x" ] "#, #"{"a": 1}"#, #"[1,]"#, #"[{"a": 1} {"b": 2}]"#, #"[1] x"#, #"[1"#])
    func readsArraysElementByElement(document: String) throws {
        let data = Data(document.utf8)
        var elements: [Any] = []
        let read = StrictJSON.forEachElement(of: data) { index, element in
            elements.append(element)
            return index == elements.count - 1
        }
        let whole = StrictJSON.parse(data) as? [Any]
        #expect(read == (whole != nil))
        if let whole { #expect(Self.same(elements, whole)) }
    }

    @Test func stopsWhenTheCallerSaysSo() {
        var seen = 0
        #expect(!StrictJSON.forEachElement(of: Data("[1, 2, 3]".utf8)) { _, _ in seen += 1; return seen < 2 })
        #expect(seen == 2)
    }

    @Test func declinesInvalidUTF8AndDeepNesting() {
        #expect(StrictJSON.parse(Data([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])) == nil)
        let deep = String(repeating: "[", count: StrictJSON.maximumDepth + 1) + String(repeating: "]", count: StrictJSON.maximumDepth + 1)
        #expect(StrictJSON.parse(Data(deep.utf8)) == nil)
    }

    @Test(arguments: [
        "1736554636.807919", "1736554636", "1736554636.8", "1736554636.", "0001736554636.12", "1736554636.1234567890123",
        "", ".5", "-1736554636.5", "+17", "1.2.3", "17x", "1736554636.8a", "99999999999999999999.1", "١٢٣.٤",
    ])
    func timestampsMatchTheGeneralParser(ts: String) {
        #expect(SlackTimestamp.date(ts) == Timestamp.parseEpochSeconds(ts))
    }

    @Test func orderIsByTimeThenPosition() {
        let times: [Int64] = [5, 1, 5, 3, 1, 5]
        let messages = times.enumerated().map { index, seconds in
            Message(id: "m\(index)", at: Date(timeIntervalSince1970: TimeInterval(seconds)), author: Message.Author(id: "U", name: "U"), text: "", source: SourceRef(file: "day.json", index: index))
        }
        #expect(MessageOrder.sorted(messages).map(\.id) == ["m1", "m4", "m3", "m0", "m2", "m5"])
    }

    /// Repeats are caught whether the ids come in order or not, against a plain set.
    @Test(arguments: [["1", "2", "3"], ["1", "2", "2", "3"], ["3", "1", "2", "1", "3"], ["1", "2", "3", "1", "4", "5", "4"], ["5", "5"]])
    func seenIDsMatchASet(ids: [String]) {
        var seen = SeenIDs()
        var set = Set<String>()
        #expect(ids.map { seen.insert($0) } == ids.map { set.insert($0).inserted })
    }

    static func same(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case let (a as [String: Any], b as [String: Any]):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { same(value, $0) } ?? false }
        case let (a as [Any], b as [Any]):
            return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case let (a as String, b as String):
            return a == b
        case (is NSNull, is NSNull):
            return true
        case let (a as NSNumber, b as NSNumber):
            return a == b
        default:
            return false
        }
    }
}

/// Deferred members (`StrictJSON.forEachElement(of:deferring:)`): the same values once built, and
/// the same documents declined, as when every member is built in place.
@Suite struct StrictJSONDeferralTests {
    static let keys: Set<String> = ["blocks", "user_profile"]

    /// Member values, good and bad, each tried as a deferred member and as a plain one.
    static let values = [
        #"[]"#, #"{}"#, #"[{"type": "rich_text", "elements": [{"type": "text", "text": "hi \"there\""}]}]"#,
        #"{"real_name": "Zoë", "n": 1.5e3, "ok": true, "no": null, "list": [1, -2, 0.25]}"#, #""plain""#, #"42"#,
        #"{"a": 1, "b": {"a": 2}}"#, #"{"é": 1, "e\u0301": 2}"#, #"{"K": 1, "\u212a": 2}"#, #"{"k\u0041": 1, "kA": 2}"#,
        #"{"a": 1, "a": 2}"#, #"{"a": 1, "b": 2, "a": 3}"#, #"[1,]"#, #"{"a" 1}"#, #"[01]"#, #"["\ud83d"]"#, "[\"tab\there\"]",
        #"[12345678901234567890]"#, #"[tru]"#, #"{"x": "\xff"}"#, "[\"\u{00e9}\"]", #"{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"a":18}"#,
        String(repeating: "[", count: StrictJSON.maximumDepth - 2) + String(repeating: "]", count: StrictJSON.maximumDepth - 2),
        String(repeating: "[", count: StrictJSON.maximumDepth - 1) + String(repeating: "]", count: StrictJSON.maximumDepth - 1),
    ]

    @Test(arguments: values)
    func deferredReadsAndDeclinesAsBuilt(value: String) throws {
        let document = #"[{"ts": "1.0", "text": "x", "blocks": "# + value + #", "user_profile": "# + value + #", "other": "# + value + "}]"
        let data = Data(document.utf8)
        var built: [Any] = []
        let builtRead = StrictJSON.forEachElement(of: data) { _, element in built.append(element); return true }
        var deferred: [Any] = []
        let deferredRead = StrictJSON.forEachElement(of: data, deferring: Self.keys) { _, element in deferred.append(element); return true }
        #expect(builtRead == deferredRead, "\(value)")
        guard builtRead, let plain = built.first as? [String: Any], let lazy = deferred.first as? [String: Any] else { return }
        #expect(lazy["blocks"] is DeferredJSON && lazy["user_profile"] is DeferredJSON && !(lazy["other"] is DeferredJSON))
        for key in ["blocks", "user_profile", "other", "text"] {
            let value = try #require(DeferredJSON.member(lazy, key))
            #expect(SlackFastPathTests.same(value, try #require(plain[key])), "\(key) of \(value)")
        }
    }

    /// Only members of the array's elements are deferred, not the same keys deeper down.
    @Test func defersTopLevelMembersOnly() throws {
        let data = Data(#"[{"message": {"blocks": [1]}, "blocks": [2]}]"#.utf8)
        var element: [String: Any] = [:]
        #expect(StrictJSON.forEachElement(of: data, deferring: Self.keys) { _, value in element = value as? [String: Any] ?? [:]; return true })
        #expect(element["blocks"] is DeferredJSON)
        let inner = try #require(element["message"] as? [String: Any])
        #expect(inner["blocks"] is [Any])
    }
}
