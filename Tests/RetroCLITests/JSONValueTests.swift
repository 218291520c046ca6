import Foundation
import Testing

import RetroModel

@Suite struct JSONValueTests {
    @Test(arguments: ["plain text", "quote \" and \\ backslash", "line\nbreak\ttab", "ctrl \u{01}", "sep \u{2028} \u{2029}", "ümlaut 🔥 €", ""])
    func stringsRoundTrip(text: String) throws {
        let json = JSONValue.object([("k", .string(text))]).serialized(pretty: false)
        let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(back?["k"] == text)
    }

    @Test func keepsKeyOrderAndSpecialNumbers() {
        let json = JSONValue.object([("b", .int(1)), ("a", .double(.nan)), ("c", .double(.infinity)), ("d", .double(0.25))]).serialized(pretty: false)
        #expect(json == #"{"b":1,"a":null,"c":"+Inf","d":0.25}"#)
    }
}
