/// Who a document is for. The customer summary is filtered and checked for leaks.
public enum Audience: String, Sendable, Codable, CaseIterable {
    case `internal`
    case customer
}
