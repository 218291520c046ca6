import RetroModel
import Testing

@Suite struct DiagnosticTests {
    @Test func severitiesOrderFromSuggestionToError() {
        #expect(Diagnostic.Severity.suggestion < .warning)
        #expect(Diagnostic.Severity.warning < .error)
        #expect(Diagnostic.Severity.allCases.max() == .error)
    }
}
