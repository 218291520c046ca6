import Foundation
import RetroModel

/// The file side of `retro lint`: which files a list of paths means, and their text.
enum LintInputs {
    static let extensions: Set<String> = ["md", "markdown"]

    /// Files in the order given; directories contribute their Markdown files, sorted, recursively.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw FileCheck.problem(path) ?? InputError(path: path, "No such file or directory.", hint: "check the path")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator?.skipDescendants()
                    continue
                }
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            files += found.sorted()
        }
        return files
    }

    static func read(_ path: String) throws -> String {
        if path != "-", let problem = FileCheck.problem(path) {
            throw problem.message.contains("named pipe") ? InputError(path: path, problem.message, hint: "pipe it to 'retro lint -' instead") : problem
        }
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else { throw InputError(path: path, "The file cannot be read.", hint: "check its permissions") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(path: path, "The file is not UTF-8 text.", hint: "convert it to UTF-8")
        }
        return text
    }

    /// Writes `--output`: to a temporary file beside it, then renamed, so a reader never sees half a report.
    static func writeReport(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(path: path, "--output names a folder.", hint: "give a file name, for example retro-lint.sarif")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw InputError(path: path, "The report could not be written: \(error.localizedDescription)", hint: "check that the folder exists and is writable")
        }
    }
}
