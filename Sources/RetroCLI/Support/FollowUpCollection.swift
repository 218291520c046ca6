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

    init(files: [String], asOf: String) {
        var seen: [String: String] = [:]  // incident id → the file it was first read from
        var readPaths = Set<String>()
        var count = 0
        for file in files {
            // The same file named twice (a folder and a file in it) is one file, not a duplicate.
            guard readPaths.insert(URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path).inserted else { continue }
            count += 1
            let incident: Incident
            do {
                incident = try IncidentFile.load(URL(fileURLWithPath: file), displayPath: file).incident
            } catch let error as InputError {
                errors.append(error)
                continue
            } catch let many as InputErrors {
                errors += many.errors
                continue
            } catch {
                errors.append(InputError(path: file, "The file could not be read: \(error.localizedDescription)"))
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
}
