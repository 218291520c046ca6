/// One inconsistency in an incident file: which rule, where (a JSON path into the incident
/// file, which the CLI turns into a line and column), and a sentence that says what to change.
public struct ConsistencyFinding: Sendable, Equatable {
    public var rule: ConsistencyRule
    /// `$.follow_ups[2]`, `$.window.detected`.
    public var jsonPath: String
    public var message: String

    public init(rule: ConsistencyRule, jsonPath: String, message: String) {
        self.rule = rule
        self.jsonPath = jsonPath
        self.message = message
    }
}
