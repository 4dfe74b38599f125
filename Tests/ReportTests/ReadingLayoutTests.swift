import Report
import XCTest
import TestSupport

/// The Reading sheet says what the fit means in the data's terms and warns where it should.
final class ReadingLayoutTests: XCTestCase {
    private func paragraphs(_ layout: ReadingLayout) throws -> [String] {
        try layout.sheet.laidOutCells().compactMap { placed in
            if case .value(.text(let text)) = placed.cell.content { return text }
            return nil
        }
    }

    func testSimpleRegressionInEnglish() throws {
        let figures = ReferenceRegressionFigures(reference: ReferenceValues.simple, hasIntercept: true)
        let text = try paragraphs(ReadingLayout(language: .en, figures: figures, yName: "overtime", xNames: ["cases"]))
        XCTAssertEqual(text, [
            "How to read the results",
            "What is tested: the null hypothesis is that the population coefficient of each predictor is 0; the alternative, that it is not 0.",
            "Decision: if p is below the significance level 5%, the null hypothesis is rejected and the data show an association; otherwise the data do not show an association (they cannot tell), which is not evidence that there is none: more data could show it.",
            "Each additional 1 of cases goes with 0.883 more overtime on average (p = 0.002; significant at the 5% level).",
            "The 95% confidence interval of the coefficient of cases is 0.464 to 1.30; it does not contain 0.",
            "R² = 0.78: the model accounts for 78% of the variation in overtime.",
            "Warnings",
            "Only 9 observations for 2 coefficients: the estimates are unstable; 20 or more are advisable.",
            "An association between variables does not prove that one causes the other.",
        ])
    }

    func testJapaneseSentences() throws {
        let figures = ReferenceRegressionFigures(reference: ReferenceValues.multiple, hasIntercept: true)
        let text = try paragraphs(ReadingLayout(language: .ja, figures: figures, yName: "残業時間", xNames: ["件数", "人数"]))
        XCTAssertEqual(text[0], "結果の読み方")
        XCTAssertTrue(text[3].hasPrefix("他の変数が同じなら、件数 が 1 大きいと、残業時間 は平均して "), text[3])
        XCTAssertTrue(text[3].hasSuffix("5% 水準で有意です)。"), text[3])
        XCTAssertTrue(text.contains("変数の間に関連があっても、一方が他方の原因であることの証明にはなりません。"))
    }

    func testWarningsForOutliersCollinearityDroppedRowsAndNoIntercept() throws {
        var residuals = ReferenceValues.simple.standardResiduals
        residuals[2] = -3.5
        let figures = ReferenceRegressionFigures(reference: ReferenceValues.throughOrigin, hasIntercept: false,
                                                 replacedStandardResiduals: residuals)
        let text = try paragraphs(ReadingLayout(language: .en, figures: figures, yName: "y", xNames: ["x"],
                                                sourceRows: Array(5...13), droppedRowCount: 2, varianceInflation: [12.34]))
        XCTAssertTrue(text.contains("The model has no intercept, so R² is measured from zero and cannot be compared with the usual R²."))
        XCTAssertTrue(text.contains("Observation 3 (row 7) has a standard residual of -3.50: check it for typing errors or special circumstances."))
        XCTAssertTrue(text.contains("The VIF of x is 12.3 (above 10): x is strongly related to the other predictors, so its coefficient is unreliable."))
        XCTAssertTrue(text.contains("2 rows with missing values were left out."))
        XCTAssertTrue(text.contains("Each additional 1 of x goes with 0.975 more y on average (p < 0.001; significant at the 5% level)."))
    }
}
