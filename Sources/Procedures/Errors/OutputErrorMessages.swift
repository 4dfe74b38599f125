import Report
import SafeOutput

extension ErrorMessages {
    /// Sentences for a refused or failed output file, shared by every command that writes one.
    package static func output(_ error: OutputError, _ l: Language) -> String {
        switch error {
        case .destinationIsInput(let path):
            l.pick(ja: "「\(path)」は入力ファイルです。入力は上書きしません。別の出力先を指定してください。",
                   en: "'\(path)' is the input file, which is never overwritten; choose another output.")
        case .destinationIsFolder(let path):
            l.pick(ja: "「\(path)」はフォルダーです。結果のファイル名を指定してください。",
                   en: "'\(path)' is a folder; give a file name for the result.")
        case .destinationExists(let path):
            l.pick(ja: "「\(path)」は既にあります。上書きするには --force を付けるか、-o で別の出力先を指定してください。",
                   en: "'\(path)' already exists; add --force to replace it or choose another output with -o.")
        case .folderNotWritable(let folder):
            l.pick(ja: "フォルダー「\(folder)」に書き込めません (存在しないか書き込み権限がありません)。",
                   en: "Cannot write into the folder '\(folder)': it does not exist or is not writable.")
        case .writeFailed(let path, let reason):
            l.pick(ja: "「\(path)」に書き込めませんでした。フォルダーと空き容量を確認してください。",
                   en: "Could not write '\(path)' (\(reason)); check the folder and the free space.")
        }
    }
}
