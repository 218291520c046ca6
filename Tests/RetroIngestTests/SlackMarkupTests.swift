import Testing
@testable import RetroIngest

@Suite struct SlackMarkupTests {
    static let markup = SlackMarkup(users: ["U123": "Dana Ortiz"], channels: ["C1": "inc-2041"])

    static let cases: [(String, String)] = [
        ("<@U123> ack", "@Dana Ortiz ack"),
        ("<@U999>", "@U999"),
        ("<@U123|dana>", "@dana"),
        ("<#C1|inc-2041>", "#inc-2041"),
        ("<#C1|>", "#inc-2041"),
        ("<#C1>", "#inc-2041"),
        ("<#C9>", "#C9"),
        ("<https://x.example.com/a?b=1&amp;c=2|the graph>", "the graph (https://x.example.com/a?b=1&c=2)"),
        ("<https://x.example.com>", "https://x.example.com"),
        ("<https://x.example.com|https://x.example.com>", "https://x.example.com"),
        ("<https://x.example.com|x.example.com>", "https://x.example.com"),
        ("<mailto:oncall@example.com|oncall@example.com>", "oncall@example.com"),
        ("<!here>", "@here"),
        ("<!channel> <!everyone>", "@channel @everyone"),
        ("<!here|@here>", "@here"),
        ("<!subteam^S123|@oncall>", "@oncall"),
        ("<!subteam^S123|oncall>", "@oncall"),
        ("<!date^1392734382^{date_short}|Feb 18>", "Feb 18"),
        (":fire: :white_check_mark: :pushpin: :eyes:", "🔥 ✅ 📌 👀"),
        (":+1::skin-tone-3: done", "👍 done"),
        (":custom_party: stays", ":custom_party: stays"),
        ("at 10:30:45 it broke", "at 10:30:45 it broke"),
        ("a &amp; b &lt;c&gt;", "a & b <c>"),
        ("&amp;lt; is not double-decoded", "&lt; is not double-decoded"),
        ("unclosed < bracket", "unclosed < bracket"),
        ("plain text", "plain text"),
    ]

    @Test(arguments: cases)
    func converts(_ input: String, _ expected: String) {
        #expect(Self.markup.convert(input) == expected)
    }
}
