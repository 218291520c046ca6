import Foundation
import RetroModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bounded listing of a folder's regular files: reads entries one at a time (never a whole
/// folder of a million names into memory), stops after `limit` entries, and never follows a
/// symbolic link to a folder.
struct FolderWalk {
    let limit: Int
    private(set) var found: [String] = []
    private(set) var seen = 0
    private(set) var overflowed = false

    init(limit: Int) {
        self.limit = limit
    }

    /// Lists `path` (shown as `relative`), descending into sub-folders while `depth < maximumDepth`.
    mutating func visit(_ path: String, relative: String, depth: Int, maximumDepth: Int) throws {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while !overflowed, let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            seen += 1
            if seen > limit {
                overflowed = true
                return
            }
            let full = path + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                if depth < maximumDepth { try visit(full, relative: shown, depth: depth + 1, maximumDepth: maximumDepth) }
            } else if type == S_IFREG {
                found.append(shown)
            } else if type == S_IFLNK {
                // A link to a file is read like the file; a link to a folder is not followed.
                var target = stat()
                if stat(full, &target) == 0, target.st_mode & S_IFMT == S_IFREG { found.append(shown) }
            }
        }
    }
}
