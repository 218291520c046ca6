import Foundation
import RetroModel

/// A Slack workspace export: channel folders of per-day JSON files beside users.json and
/// channels.json, given as a folder or as the zip Slack hands out.
struct SlackExportFormat: SourceFormat {
    let name = "slack-export"
    let kind = SourceKind.chat

    static let listFiles = ["channels.json", "groups.json", "dms.json", "mpims.json"]

    func matches(_ input: SourceInput) -> Bool {
        if input.isDirectory { return SlackFolderTree.looksLikeExport(input.url) }
        // Any zip is claimed: it is the only archive format, and its own errors (a zip bomb, a
        // damaged download) say more than "format not recognised".
        if input.isZip { return true }
        return SlackExportMetadata.kind(of: input.json) != nil
    }

    func parse(_ input: SourceInput, options: IngestOptions) throws -> IngestResult {
        let tree: any SlackExportTree
        if input.isDirectory {
            tree = try SlackFolderTree(root: input.url, displayPath: input.displayPath, limits: input.limits)
        } else if input.isZip {
            tree = try SlackZipTree(data: input.data ?? Data(), displayPath: input.displayPath, limits: input.limits)
        } else {
            if input.json == nil { _ = try ChatJSON.load(input) }
            throw SlackExportMetadata.refusal(for: input)
        }
        guard let root = Self.root(of: tree) else {
            throw InputError(
                path: input.displayPath, "This is not a Slack export: it has no channels.json or users.json.",
                hint: "pass the folder or zip that Slack's 'Export data' produced")
        }
        var directory = SlackDirectory()
        for file in ["users.json"] + Self.listFiles where tree.paths.contains(root + file) {
            let json = try ChatJSON.load(tree.data(at: root + file), path: "\(input.displayPath)/\(root)\(file)")
            if file == "users.json" { directory.addUsers(json) } else { directory.addChannels(json) }
        }
        let folders = Self.channelFolders(in: tree, root: root)
        let selected = try select(folders: folders.keys.sorted(), directory: directory, options: options, path: input.displayPath)
        var result = IngestResult(format: name, kind: kind)
        result.skipped = tree.skipped
        let misnamed = Self.misnamedDayFiles(in: tree, root: root)
        for folder in selected {
            for path in misnamed[folder] ?? [] {
                result.skipped.append(Skip(
                    SourceLocation(path: "\(input.displayPath)/\(path.dropFirst(root.count))"),
                    "The file in channel folder '\(folder)' is not named by its day (YYYY-MM-DD.json), so it was not read."))
            }
        }
        let markup = directory.markup
        var messages: [Message] = []
        var jobs: [SlackDayFiles.Job] = []
        for folder in selected {
            let channel = directory.channels.first { $0.name == folder } ?? directory.channels.first { $0.id == folder }
            for path in folders[folder] ?? [] {
                let relative = String(path.dropFirst(root.count))
                let reader = SlackMessageReader(
                    markup: markup, channel: channel?.name ?? folder, channelID: channel?.id, file: relative, workspaceURL: options.workspaceURL)
                jobs.append(SlackDayFiles.Job(folder: folder, path: path, displayPath: "\(input.displayPath)/\(relative)", reader: reader))
            }
        }
        let outcomes = try SlackDayFiles(tree: tree).read(jobs)
        // Message ids are unique within a channel folder; a folder's files come one after another.
        var seen = SeenIDs()
        for (number, (job, fileOutcomes)) in zip(jobs, outcomes).enumerated() {
            let folder = job.folder
            if number > 0, jobs[number - 1].folder != folder { seen = SeenIDs() }
            for (index, outcome) in fileOutcomes.enumerated() {
                switch outcome {
                case .message(let message):
                    if seen.insert(message.id) {
                        messages.append(message)
                    } else {
                        result.skipped.append(Skip(SourceLocation(path: job.displayPath, jsonPath: "$[\(index)]"), "Message '\(message.id)' appears twice in '\(folder)'; the first copy is kept."))
                    }
                case .skip(var skip):
                    skip.location.path = job.displayPath
                    result.skipped.append(skip)
                }
            }
        }
        if messages.isEmpty, let first = result.skipped.first {
            throw InputError(first.location, "None of the \(result.skipped.count) records is a readable Slack message; the first: \(first.reason)", hint: "check the file, or force another format with --as")
        }
        result.messages = MessageOrder.sorted(messages)
        return result
    }

    /// The folder prefix holding users.json / channels.json ("" at the top, "export/" when wrapped).
    static func root(of tree: any SlackExportTree) -> String? {
        let candidates = tree.paths.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return (name == "channels.json" || name == "users.json") && path.split(separator: "/").count <= 2
        }
        guard let shortest = candidates.min(by: { $0.count < $1.count }) else { return nil }
        return String(shortest.dropLast(shortest.split(separator: "/").last?.count ?? 0))
    }

    /// Channel folder → its day files (`YYYY-MM-DD.json`), in date order.
    static func channelFolders(in tree: any SlackExportTree, root: String) -> [String: [String]] {
        var folders: [String: [String]] = [:]
        for path in tree.paths where path.hasPrefix(root) {
            let parts = path.dropFirst(root.count).split(separator: "/")
            guard parts.count == 2, isDayFile(parts[1]) else { continue }
            folders[String(parts[0]), default: []].append(path)
        }
        return folders.mapValues { $0.sorted() }
    }

    /// Channel folder → the JSON files in it that are not named by date; Slack writes none, so
    /// each is reported rather than passed over.
    static func misnamedDayFiles(in tree: any SlackExportTree, root: String) -> [String: [String]] {
        var folders: [String: [String]] = [:]
        for path in tree.paths where path.hasPrefix(root) {
            let parts = path.dropFirst(root.count).split(separator: "/")
            guard parts.count == 2, !isDayFile(parts[1]) else { continue }
            folders[String(parts[0]), default: []].append(path)
        }
        return folders.mapValues { $0.sorted() }
    }

    static func isDayFile(_ name: Substring) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count == 15, name.hasSuffix(".json") else { return false }
        return bytes[0..<10].enumerated().allSatisfy { i, b in (i == 4 || i == 7) ? b == 0x2D : (b >= 0x30 && b <= 0x39) }
    }

    /// The folders to read: all, or the one `--channel` names (by name, id or folder).
    private func select(folders: [String], directory: SlackDirectory, options: IngestOptions, path: String) throws -> [String] {
        guard let wanted = options.channel.map({ $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }) else { return folders }
        if folders.contains(wanted) { return [wanted] }
        if let channel = directory.channels.first(where: { $0.name == wanted || $0.id == wanted }),
           let folder = folders.first(where: { $0 == channel.name || $0 == channel.id }) {
            return [folder]
        }
        let names = folders.map { folder in directory.channels.first { $0.id == folder }?.name ?? folder }
        let hint = Suggest.closest(to: wanted, in: names).map { "did you mean '\($0)'?" }
            ?? "channels in this export: \(names.joined(separator: ", "))"
        throw InputError(path: path, "The export has no channel '\(wanted)'. It has: \(names.joined(separator: ", ")).", hint: hint)
    }
}
