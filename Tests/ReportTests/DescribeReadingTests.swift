import Analysis
import Foundation
import Report
import XCTest

/// `describe`'s 解釈 sheet (issue #15, item 7): center, spread, shape in words and Tukey's fences with the rows
/// beyond them. Quartiles, fences, skewness and kurtosis of the samples below are NumPy's `percentile` (linear, as
/// QUARTILE.INC) and SciPy's `skew`/`kurtosis(bias=False)` (as SKEW/KURT), computed with python3.
final class DescribeReadingTests: XCTestCase {
    private func reading(_ values: [Double], name: String = "件数", _ language: Language) throws -> DescribeReading {
        let statistics = try DescriptiveStatistics.compute(Variable(name: name, values: values))
        return DescribeReading(language: language, sourceRows: values.indices.map { $0 + 2 },
                               columns: [.init(name: name, values: values, statistics: statistics)])
    }

    /// 1…20 and 100: mean 14.762, s 20.364, Q1 6, Q3 16, fences −9 and 31; skewness 3.987, kurtosis 17.27.
    func testOneFarValueIsNamedByItsRowAndTheShapeInWords() throws {
        let values = (1...20).map(Double.init) + [100]
        let ja = try reading(values, .ja)
        XCTAssertEqual(ja.findings.count, 4)
        XCTAssertEqual(ja.findings[0], "件数: 値は 21 個で、平均 14.76、中央値 11.0 です。平均が中央値より大きく、一部の大きな値に引き上げられています。")
        XCTAssertEqual(ja.findings[1], "ばらつきは標準偏差 20.36 で、真ん中の半分の値は 6.0 から 16.0 の間 (四分位範囲 10.0)、すべての値は最小 1 から最大 100 の間にあります。")
        XCTAssertEqual(ja.findings[2], "分布の形: 歪度 3.987 は大きい値の側に裾が長く、ほかより大きく離れた値がいくつかあること、尖度 17.27 は正規分布より裾が重く、極端な値が出やすいことを示します。")
        XCTAssertEqual(ja.findings[3], "外れ値の目安 (四分位範囲の 1.5 倍ルール: -9.0 未満または 31.0 超)に当たる値が 1 個あります: 22 行目 (100)。")
        XCTAssertTrue(ja.warnings.contains { $0.hasPrefix("外れ値は誤りとは限りません。") }, "\(ja.warnings)")
        XCTAssertTrue(ja.warnings.contains { $0.hasPrefix("値が 30 個未満のため、歪度と尖度は") }, "\(ja.warnings)")
        let en = try reading(values, .en)
        XCTAssertEqual(en.findings[3], "1 value lies beyond the 1.5 × interquartile-range fences (below -9.0 or above 31.0), possible outliers: row 22 (100).")
        XCTAssertEqual(en.findings[2], "Shape: skewness 3.987 means a long tail towards large values (a few values far above the rest); kurtosis 17.27 means heavier tails than the normal curve: extreme values are more common.")
    }

    /// 30 tens, 100…111 and −50: Q1 10, Q3 100.5, fences −125.75 and 236.25: nothing beyond them. Then twelve far
    /// values among 100 ordinary ones (10…14, Q1 11, Q3 14, fences 6.5 and 18.5): the list stops at ten and counts the rest.
    func testNoOutliersAndALongListCapped() throws {
        let calm = try reading(Array(repeating: 10, count: 30) + (100...111).map(Double.init) + [-50], .ja)
        XCTAssertEqual(calm.findings.last, "外れ値の目安 (四分位範囲の 1.5 倍ルール: -125.8 未満または 236.3 超)に当たる値はありません。")
        XCTAssertFalse(calm.warnings.contains { $0.hasPrefix("外れ値は誤りとは限りません。") })

        let many = try reading((1...100).map { Double($0 % 5 + 10) } + (1...12).map { Double(1000 + $0) }, .ja)
        let last = try XCTUnwrap(many.findings.last)
        XCTAssertTrue(last.hasPrefix("外れ値の目安 (四分位範囲の 1.5 倍ルール: 6.5 未満または 18.5 超)に当たる値が 12 個あります: 102 行目 (1,001)、103 行目 (1,002)、"), last)
        XCTAssertTrue(last.hasSuffix("111 行目 (1,010) 他 2 件。"), last)
    }

    /// Every tool has a reading sheet; describe's is the last, after the histograms, in both languages.
    func testTheWorkbookEndsWithTheReadingSheet() throws {
        let values: [Double?] = [3, 5, nil, 8, 13, 21]
        let statistics = try DescriptiveStatistics.compute(Variable(name: "x", values: values))
        for (language, name) in [(Language.ja, "解釈"), (.en, "Reading")] {
            let document = DescribeWorkbook.document(language: language, sourceRows: Array(2...7),
                                                     columns: [DataColumn(name: "x", values: values)], statistics: [statistics])
            XCTAssertEqual(document.sheets.last?.name, name)
        }
    }
}
