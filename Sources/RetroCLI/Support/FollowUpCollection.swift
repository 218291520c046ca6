import Foundation
import RetroIngest
import RetroModel

/// The follow-ups of many incident files, gathered so that one unreadable file or one incident
/// filed twice does not cost the review the rest.
struct FollowUpCollection {
    /// Sorted by due date (undated last), then incident, then follow-up id.
    private(set) var rows: [FollowUpRow] = []
    /// Files that could not be read, each with every problem found in it.
    private(set) var errors: [InputError] = []
    /// Incident ids found in more than one file: the later files are passed over.
    private(set) var warnings: [String] = []
    let fileCount: Int

    init(files: [String], asOf: String, workers: Int = ParallelMap.defaultWorkers) {
        var seen: [String: String] = [:]  // incident id → the file it was first read from
        var readPaths = Set<String>()
        // The same file named twice (a folder and a file in it) is one file, not a duplicate.
        let resolved = ParallelMap.map(count: files.count, workers: workers) { URL(fileURLWithPath: files[$0]).standardizedFileURL.resolvingSymlinksInPath().path }
        let unique = zip(files, resolved).filter { readPaths.insert($0.1).inserted }.map(\.0)
        let limits = InputLimits.current
        // Files are read and decoded on several threads; what they hold is taken in file order.
        let loaded = ParallelMap.map(count: unique.count, workers: workers) { Self.load(unique[$0], limits: limits) }
        let count = unique.count
        for (file, outcome) in zip(unique, loaded) {
            let incident: Incident
            switch outcome {
            case .success(let read): incident = read
            case .failure(let problems):
                errors += problems.errors
                continue
            }
            if let first = seen[incident.id] {
                warnings.append("'\(file)': incident '\(incident.id)' is also in '\(first)'; its follow-ups are listed once, from '\(first)'.")
                continue
            }
            seen[incident.id] = file
            rows += incident.followUps.map { FollowUpRow(incident: incident.id, file: file, item: $0, asOf: asOf) }
        }
        fileCount = count
        rows.sort { ($0.item.due ?? "9999", $0.incident, $0.item.id) < ($1.item.due ?? "9999", $1.incident, $1.item.id) }
    }

    /// One file's incident, or every problem found in it.
    private static func load(_ file: String, limits: InputLimits) -> Result<Incident, InputErrors> {
        do {
            return .success(try IncidentFile.load(URL(fileURLWithPath: file), displayPath: file, limits: limits).incident)
        } catch let error as InputError {
            return .failure(InputErrors([error]))
        } catch let many as InputErrors {
            return .failure(many)
        } catch {
            return .failure(InputErrors([InputError(path: file, "The file could not be read: \(error.localizedDescription)")]))
        }
    }
}
