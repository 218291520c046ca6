import Foundation

/// Wall-clock time per phase of a command, printed to stderr when `RETRO_TIMINGS=1`.
///
/// For `make bench`: it is not part of the documented interface, and it writes nothing to stdout or
/// to the output files, so outputs stay byte-identical whether it is on or off.
struct PhaseTimings {
    let enabled: Bool
    private var last: ContinuousClock.Instant
    private var phases: [(name: String, seconds: Double)] = []
    private let clock = ContinuousClock()

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = environment["RETRO_TIMINGS"] == "1"
        last = clock.now
    }

    /// Ends the current phase and names it.
    mutating func mark(_ name: String) {
        guard enabled else { return }
        let now = clock.now
        let elapsed = now - last
        phases.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        last = now
    }

    /// One line: `retro-timings: ingest=0.412 assemble=0.101 …` (seconds).
    func report() {
        guard enabled else { return }
        let fields = phases.map { "\($0.name)=\(String(format: "%.3f", $0.seconds))" }
        FileHandle.standardError.write(Data(("retro-timings: " + fields.joined(separator: " ") + "\n").utf8))
    }
}
