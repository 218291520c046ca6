import Testing
@testable import RetroRender

@Suite("Monitoring figures")
struct MonitoringFiguresTests {
    @Test("counts carry thousands separators; ratios are percent; the rest keeps three figures", arguments: [
        (1234.4, nil, "1,234"), (2_500_000, "req", "2,500,000 req"), (-45_210, nil, "-45,210"), (999.6, nil, "1,000"),
        (0.0521, "ratio", "5.21%"), (0.979, "ratio", "97.9%"), (12.34, "ms", "12.3 ms"), (0, nil, "0"),
    ] as [(Double, String?, String)])
    func numbers(value: Double, unit: String?, expected: String) {
        #expect(MonitoringView.number(value, unit) == expected)
    }

    @Test("a line said twice is listed once, in first order")
    func once() {
        #expect(MonitoringView.once(["a", "b", "a", "c", "b"]) == ["a", "b", "c"])
    }
}
