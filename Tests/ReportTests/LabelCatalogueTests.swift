import Foundation
import Report
import XCTest

/// The label catalogue is complete, tidy and faithful to the ToolPak reference.
final class LabelCatalogueTests: XCTestCase {
    /// Every ToolPak label (not our own additions), in both languages.
    private var toolPakLabels: [any BilingualLabel] {
        Labels.Descriptive.allCases.map { $0 as any BilingualLabel }
            + Labels.Regression.allCases.map { $0 as any BilingualLabel }
            + Labels.Association.allCases.map { $0 as any BilingualLabel }
            + Labels.Anova.allCases.map { $0 as any BilingualLabel }
            + Labels.TTest.allCases.map { $0 as any BilingualLabel }
            + Labels.FTest.allCases.map { $0 as any BilingualLabel }
            + Labels.ZTest.allCases.map { $0 as any BilingualLabel }
            + Labels.Histogram.allCases.map { $0 as any BilingualLabel }
            + Labels.Smoothing.allCases.map { $0 as any BilingualLabel }
            + Labels.RankPercentile.allCases.map { $0 as any BilingualLabel }
            + Labels.Sampling.allCases.map { $0 as any BilingualLabel }
    }

    private var ownLabels: [any BilingualLabel] {
        Labels.Common.allCases.map { $0 as any BilingualLabel }
            + Labels.Extras.allCases.map { $0 as any BilingualLabel }
            + Labels.Logistic.allCases.map { $0 as any BilingualLabel }
            + Labels.LeastSquaresAnova.allCases.map { $0 as any BilingualLabel }
            + Labels.Notes.allCases.map { $0 as any BilingualLabel }
            + Labels.Overview.allCases.map { $0 as any BilingualLabel }
            + Labels.RandomMoments.allCases.map { $0 as any BilingualLabel }
            + Labels.DistributionName.allCases.map { $0 as any BilingualLabel }
            + Labels.Charts.allCases.map { $0 as any BilingualLabel }
            + Labels.RankTests.allCases.map { $0 as any BilingualLabel }
            + Labels.Normality.allCases.map { $0 as any BilingualLabel }
    }

    func testEveryLabelIsTrimmedAndPresentInBothLanguages() {
        for label in toolPakLabels + ownLabels {
            for language in Language.allCases {
                let text = label.text(language)
                XCTAssertFalse(text.isEmpty, "\(label) \(language)")
                XCTAssertEqual(text, text.trimmingCharacters(in: .whitespacesAndNewlines), "\(label) \(language)")
            }
        }
    }

    /// `../shared/reference/toolpak.md` beside the package root, found from this file rather than the working directory.
    private static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference/toolpak.md")

    func testJapaneseToolPakLabelsAppearInTheReference() throws {
        let path = Self.reference.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("\(path) is absent (../shared lives outside the repository), so labels cannot be checked against it")
        }
        let reference = try String(contentsOfFile: path, encoding: .utf8)
        for label in toolPakLabels {
            // toolpak.md §1: output titles write the tool name's "t 検定" / "F 検定" / "z 検定" with a hyphen.
            let japanese = label.text(.ja)
            let asToolName = japanese.replacingOccurrences(of: "-検定", with: " 検定")
            XCTAssertTrue(reference.contains(japanese) || reference.contains(asToolName),
                          "\(label): \(japanese) is not in toolpak.md")
            XCTAssertTrue(reference.contains(label.text(.en)), "\(label): \(label.text(.en)) is not in toolpak.md")
        }
    }

    func testLabelsWithNumbers() {
        XCTAssertEqual(Labels.confidenceLevel(0.95, .en), "Confidence Level(95.0%)")
        XCTAssertEqual(Labels.confidenceLevel(0.99, .ja), "信頼区間(99.0%)")
        XCTAssertEqual(Labels.lowerBound(0.95, decimals: 0, .ja), "下限 95%")
        XCTAssertEqual(Labels.upperBound(0.95, decimals: 1, .en), "Upper 95.0%")
        XCTAssertEqual(Labels.largest(2, .en), "Largest(2)")
        XCTAssertEqual(Labels.smallest(1, .ja), "最小値(1)")
        XCTAssertEqual(Labels.xVariable(1, .ja), "X 値 1")
        XCTAssertEqual(Labels.predicted("残業時間", .ja), "予測値: 残業時間")
        XCTAssertEqual(Labels.residualPlot(Labels.xVariable(1, .en), .en), "X Variable 1 Residual Plot")
        XCTAssertEqual(Labels.lineFitPlot(Labels.xVariable(1, .ja), .ja), "X 値 1 観測値グラフ")
    }
}
