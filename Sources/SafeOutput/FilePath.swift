#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic and file identity on plain strings, so the module needs nothing beyond the C library.
enum FilePath {
    /// The folder holding `path`; "." for a bare file name, so relative destinations work.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// True when both paths name the same file. stat(2) follows symbolic links, so comparing device and
    /// inode catches a symlink or hard link to the input as well as `..` spellings; a destination that does
    /// not exist yet has no inode, so it is compared by its resolved path instead.
    static func sameFile(_ candidate: String, _ input: String) -> Bool {
        var candidateStatus = stat()
        var inputStatus = stat()
        if stat(candidate, &candidateStatus) == 0, stat(input, &inputStatus) == 0 {
            return candidateStatus.st_dev == inputStatus.st_dev && candidateStatus.st_ino == inputStatus.st_ino
        }
        return resolved(candidate) == resolved(input)
    }

    /// The path with symbolic links resolved in the folder part (the file itself may not exist yet).
    private static func resolved(_ path: String) -> String {
        guard let real = realpath(folder(of: path), nil) else { return path }
        defer { free(real) }
        return joined(String(cString: real), name(of: path))
    }
}
