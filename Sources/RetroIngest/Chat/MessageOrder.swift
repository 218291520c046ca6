import Foundation
import RetroModel

/// The order every chat parser returns: by time, then by position in the source (a stable sort).
enum MessageOrder {
    static func sorted(_ messages: [Message]) -> [Message] {
        // Sorting positions rather than messages keeps the large values from being moved on every swap.
        let times = messages.map(\.at)
        let order = messages.indices.sorted { a, b in times[a] != times[b] ? times[a] < times[b] : a < b }
        return order.map { messages[$0] }
    }
}
