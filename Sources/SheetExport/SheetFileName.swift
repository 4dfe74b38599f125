/// File names for `--all-sheets`: one per sheet, named after the sheet, safe on Windows, macOS and Linux.
public enum SheetFileName {
    /// Device names Windows reserves in any folder, with or without an extension.
    private static let reserved = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// A name for each sheet, in order, ending in `.extension`: `/ \ : * ? " < > |` and control
    /// characters become `_`, a leading dot becomes `_`, trailing dots and spaces (which Windows drops)
    /// are removed, reserved device names get a trailing `_`, an empty result becomes `sheet<N>`, and
    /// names equal except for case get ` (2)`, ` (3)`… so no two sheets share a file.
    public static func names(for sheets: [String], extension fileExtension: String) -> [String] {
        var taken: Set<String> = []
        return sheets.enumerated().map { index, sheet in
            let stem = safeStem(sheet, position: index + 1)
            var candidate = stem
            var copy = 1
            while taken.contains(candidate.lowercased()) {
                copy += 1
                candidate = "\(stem) (\(copy))"
            }
            taken.insert(candidate.lowercased())
            return "\(candidate).\(fileExtension)"
        }
    }

    static func safeStem(_ sheet: String, position: Int) -> String {
        let forbidden = Set("/\\:*?\"<>|".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for scalar in sheet.unicodeScalars {
            scalars.append(forbidden.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F ? "_" : scalar)
        }
        var stem = String(scalars)
        while let last = stem.last, last == "." || last == " " { stem.removeLast() }
        if stem.hasPrefix(".") { stem = "_" + stem.dropFirst() }
        if stem.isEmpty { return "sheet\(position)" }
        let device = stem.split(separator: ".", maxSplits: 1).first.map { String($0).uppercased() } ?? ""
        return reserved.contains(device) ? stem + "_" : stem
    }
}
