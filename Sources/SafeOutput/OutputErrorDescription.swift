extension OutputError: CustomStringConvertible {
    /// One English sentence naming the path; the CLI has its own ja/en wording.
    public var description: String {
        switch self {
        case .destinationIsInput(let path):
            "\(path) is an input file; the result must be written to another file."
        case .destinationIsFolder(let path):
            "\(path) is a folder, not a file."
        case .destinationExists(let path):
            "\(path) already exists; choose another output or allow overwriting."
        case .folderNotWritable(let folder):
            "Cannot write into the folder \(folder): it does not exist or is not writable."
        case .writeFailed(let path, let reason):
            "Writing \(path) failed: \(reason)."
        }
    }
}
