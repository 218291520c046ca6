import Foundation

/// One milestone of the window (`started`, `detected`, …) and where its value came from.
public struct Milestone: Sendable, Equatable {
    public enum Origin: String, Sendable, Codable {
        /// Written in the incident file.
        case given
        /// Derived from the sources; `basis` says from what.
        case derived
        /// Neither given nor derivable.
        case missing
    }

    public var name: String
    public var at: Date?
    public var origin: Origin
    /// A sentence such as "derived from the first alert trigger ('…', alerts/pd.json#6)".
    public var basis: String
    public var sources: [SourceRef]

    public init(name: String, at: Date?, origin: Origin, basis: String, sources: [SourceRef] = []) {
        self.name = name
        self.at = at
        self.origin = origin
        self.basis = basis
        self.sources = sources
    }
}
