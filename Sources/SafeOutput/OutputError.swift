/// Why a result file could not be put at its destination. Every case names the path a person has to look at.
public enum OutputError: Error, Sendable, Equatable {
    /// The destination is one of the files being read (same inode, or the same resolved path).
    case destinationIsInput(path: String)
    /// The destination names a folder.
    case destinationIsFolder(path: String)
    /// A file already exists at the destination and replacing it was not allowed.
    case destinationExists(path: String)
    /// The destination's folder does not exist, is not a folder, or cannot be written to.
    case folderNotWritable(folder: String)
    /// The file system refused to create, write or move the file; `reason` is its message.
    case writeFailed(path: String, reason: String)
}
