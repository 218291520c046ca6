import Foundation

/// Who held an incident role, and from when: declared in chat ("I'm IC"), handed over
/// ("handing IC to Ben"), or listed in the incident file's `people`.
public struct RoleAssignment: Sendable, Equatable, Codable {
    /// `incident_commander`, `communications`, `scribe`, or any role the incident file names.
    public var role: String
    public var person: String
    /// When the person took the role; nil for roles listed in the incident file without a time.
    public var from: Date?
    public var sources: [SourceRef]

    public init(role: String, person: String, from: Date? = nil, sources: [SourceRef] = []) {
        self.role = role
        self.person = person
        self.from = from
        self.sources = sources
    }
}
