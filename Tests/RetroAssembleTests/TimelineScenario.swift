import Foundation
import RetroModel

/// A small incident told through chat and alerts, with times given as minutes after 09:00 UTC on
/// 2026-03-14, so expected values can be worked out by hand.
enum TimelineScenario {
    /// 2026-03-14T09:00:00Z.
    static let nine: Int64 = 1_773_478_800_000

    static func at(_ minutes: Int64, seconds: Int64 = 0) -> Date {
        Timestamp.date(epochMilliseconds: nine + (minutes * 60 + seconds) * 1000)
    }

    static func message(_ index: Int, _ minutes: Int64, _ author: String, _ text: String, bot: Bool = false, kind: Message.Kind = .message, thread: String? = nil) -> Message {
        Message(
            id: "m\(index)", at: at(minutes), author: .init(id: author, name: author.lowercased()), text: text, thread: thread,
            bot: bot, channel: "inc", kind: kind, source: SourceRef(file: "chat.json", index: index))
    }

    static func alert(_ index: Int, _ minutes: Int64, _ kind: AlertEvent.Kind, _ summary: String, actor: String? = nil) -> AlertEvent {
        AlertEvent(at: at(minutes), kind: kind, summary: summary, actor: actor, alertKey: "PINC1", source: SourceRef(file: "pd.json", index: index))
    }

    static var people: [Person] {
        var ana = Person(id: "U1", name: "Ana Lima")
        ana.roles = ["incident_commander"]
        var ben = Person(id: "U2", name: "Ben Ito")
        ben.aliases = ["ben.ito"]
        let cy = Person(id: "U3", name: "Cy Park")
        return [ana, ben, cy]
    }

    static var incident: Incident {
        var incident = Incident(id: "INC-1", title: "Checkout errors", severity: "SEV2")
        incident.people = people
        incident.window.started = at(2)
        incident.timeline = [
            TimelineEvent(at: at(100), kind: .mitigation, text: "Rolled back payments-api 4.18.2", key: true)
        ]
        return incident
    }

    static let messages: [Message] = [
        message(0, 15, "U3", "seeing 500s on checkout"),
        message(1, 20, "U1", "I'm IC"),
        message(2, 21, "B1", "build 123 finished", bot: true),
        message(3, 22, "U2", "lunch later?"),
        message(4, 25, "U2", "does anyone know who owns the pool config?"),
        message(5, 26, "U9", "cy joined the channel", kind: .system),
        message(6, 40, "U1", "restarting payments-api pods"),
        message(7, 43, "U2", "restarted the payments-api pods"),
        message(8, 50, "U1", "handing IC to Ben, I have to drop"),
        message(9, 51, "U2", "I'm IC"),
        message(10, 101, "U2", "errors back to normal"),
    ]

    static let alerts: [AlertEvent] = [
        alert(0, 19, .triggered, "Triggered: Checkout error ratio above 5%"),
        alert(1, 23, .acknowledged, "Acknowledged by Ana Lima", actor: "Ana Lima"),
        alert(2, 127, .resolved, "Resolved by Ben Ito", actor: "ben.ito"),
    ]
}
