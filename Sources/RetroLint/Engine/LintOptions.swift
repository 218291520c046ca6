/// Settings a caller chooses per run, on top of the configuration file.
public struct LintOptions: Sendable, Equatable {
    /// Overrides the configuration's `structure` (`retro build` asks for `.retrospective`).
    public var structure: LintConfig.Structure?

    public init(structure: LintConfig.Structure? = nil) {
        self.structure = structure
    }
}
