import Foundation

/// Says what is wrong with a path before retro opens it: a device (`/dev/zero` never ends), a
/// named pipe (opening one waits for a writer forever), a socket, a name that is not UTF-8, a
/// missing file or one that may not be read. Reading any of these used to hang or fail with
/// "check its permissions" whatever the cause.
public enum FileCheck {
    /// The problem with reading `path` as a regular file, as an error; nil when it is one that may be read.
    /// `allowDirectory` accepts a folder (sources may be export folders).
    public static func problem(_ path: String, what: String = "file", allowDirectory: Bool = false) -> InputError? {
        let a = "aeiou".contains(what.first ?? "f") ? "an \(what)" : "a \(what)"
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if path.unicodeScalars.contains("\u{FFFD}") {
                return InputError(
                    path: path, "The \(what)'s name is not valid UTF-8, so retro cannot open it by that name.",
                    hint: "rename it using UTF-8 characters only")
            }
            if code == EACCES { return InputError(path: path, "The \(what) cannot be reached: a folder on its path may not be searched.", hint: "check the folders' permissions") }
            return InputError(path: path, "No such \(what).", hint: "check the path")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if access(path, R_OK) != 0 { return InputError(path: path, "The \(what) may not be read by this user.", hint: "check its permissions") }
            return nil
        case S_IFDIR:
            return allowDirectory ? nil : InputError(path: path, "This is a folder, not \(a).", hint: "pass the \(what) itself")
        case S_IFIFO:
            return InputError(path: path, "This is a named pipe (FIFO), not \(a); retro reads no pipes by name, as opening one waits for a writer.", hint: "save the data to a file first")
        case S_IFCHR, S_IFBLK:
            return InputError(path: path, "This is a device, not \(a).", hint: "pass a regular file")
        case S_IFSOCK:
            return InputError(path: path, "This is a socket, not \(a).", hint: "pass a regular file")
        default:
            return InputError(path: path, "This is not \(a), but some other kind of entry.", hint: "pass a regular file")
        }
    }

    /// True when `path` is a regular file (after following links).
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
