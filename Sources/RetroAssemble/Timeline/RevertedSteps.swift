import Foundation
import RetroModel

/// Steps that were tried and undone: an action followed, within minutes, by the same person's
/// action worded as undoing ("reverted replicas to 6", "set it back to 4"). The undoing message is
/// an action of its own; the earlier step is marked with when it was undone.
enum RevertedSteps {
    /// How long after a step its author's undoing still refers to it.
    static let window: TimeInterval = 15 * 60
    /// Phrases (as the vocabulary writes them) that undo the step before.
    static let undoing: Set<String> = ["reverted", "reverting", "revert", "set it back", "set back to", "rolled back", "undid", "undone"]

    /// The index of each step that was undone, with when.
    static func find(_ items: [ClassifiedMessage]) -> [Int: Date] {
        var lastStep: [String: Int] = [:]
        var reverted: [Int: Date] = [:]
        for index in items.indices where items[index].isHuman && items[index].classification?.kind == .action {
            let actor = items[index].actor
            let at = items[index].message.at
            if undoing.contains(items[index].classification?.phrase ?? ""), let step = lastStep[actor],
               at.timeIntervalSince(items[step].message.at) <= window, reverted[step] == nil {
                reverted[step] = at
                lastStep[actor] = nil
                continue
            }
            lastStep[actor] = index
        }
        return reverted
    }
}
