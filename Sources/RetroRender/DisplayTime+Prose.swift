import Foundation

extension DisplayTime {
    /// The zone as prose puts it after a time: `UTC`, or `(Europe/Berlin, UTC+01:00)`.
    func zoneInProse(at date: Date) -> String {
        let label = zoneLabel(at: date)
        return label == "UTC" ? "UTC" : "(" + label.replacingOccurrences(of: " (", with: ", ").replacingOccurrences(of: ")", with: "") + ")"
    }
}
