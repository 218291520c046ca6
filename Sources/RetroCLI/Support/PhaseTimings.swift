import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wall-clock time per phase of a command, printed to stderr when `RETRO_TIMINGS=1`.
///
/// For `make bench`: it is not part of the documented interface, and it writes nothing to stdout or
/// to the output files, so outputs stay byte-identical whether it is on or off.
struct PhaseTimings {
    let enabled: Bool
    private var last: ContinuousClock.Instant
    private var phases: [(name: String, seconds: Double, peakMB: Int)] = []
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
        var usage = rusage()
        // Linux reports kilobytes, macOS bytes.
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            let peak = Int(usage.ru_maxrss) / 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            let peak = Int(usage.ru_maxrss) / (1024 * 1024)
        #endif
        phases.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, peak))
        last = now
    }

    /// Two lines: `retro-timings: ingest=0.412 assemble=0.101 …` (seconds) and
    /// `retro-peak-mb: ingest=120 assemble=180 …` (peak resident memory at the end of each phase).
    func report() {
        guard enabled else { return }
        let times = phases.map { "\($0.name)=\(String(format: "%.3f", $0.seconds))" }
        let peaks = phases.map { "\($0.name)=\($0.peakMB)" }
        let text = "retro-timings: " + times.joined(separator: " ") + "\nretro-peak-mb: " + peaks.joined(separator: " ") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
