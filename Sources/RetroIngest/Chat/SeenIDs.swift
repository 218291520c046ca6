/// The message ids already read in one channel folder, to catch a message listed twice.
///
/// Slack lists a channel's messages in `ts` order, so a new id is nearly always greater than
/// every id before it and cannot be a repeat: it is only remembered. The set of ids is built the
/// first time an id arrives out of order, and from then on every id is looked up in it.
struct SeenIDs {
    private var inOrder: [String] = []
    private var greatest: String?
    private var set: Set<String>?

    /// True when `id` is new; false when it was seen before.
    mutating func insert(_ id: String) -> Bool {
        if set != nil { return set?.insert(id).inserted ?? true }
        if let greatest, id <= greatest {
            var known = Set(inOrder)
            inOrder = []
            let inserted = known.insert(id).inserted
            set = known
            return inserted
        }
        greatest = id
        inOrder.append(id)
        return true
    }
}
