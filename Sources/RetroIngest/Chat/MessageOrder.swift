import Foundation
import RetroModel

/// The order every chat parser returns: by time, then by position in the source (a stable sort).
enum MessageOrder {
    static func sorted(_ messages: [Message]) -> [Message] {
        messages.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
    }
}
