import XCTest
@testable import Analysis

/// Double-double arithmetic against exact values (Python `fractions`, mpmath at 40 digits).
final class DoubleDoubleTests: XCTestCase {
    func testErrorFreeTransformations() {
        // 0.1·0.1 exactly: 0.010000000000000002 − 8.326672684688674e-19 (fractions.Fraction).
        let p = DoubleDouble.product(0.1, 0.1)
        XCTAssertEqual(p.hi, 0.010000000000000002)
        XCTAssertEqual(p.lo, -8.326672684688674e-19)
        XCTAssertEqual(DoubleDouble.sum([1e16, 1, -1e16]).value, 1)
        XCTAssertEqual(DoubleDouble.sum([1, 1e-30, -1]).value, 1e-30)
    }

    func testDivisionAndSquareRootToDoubleDoublePrecision() {
        let third = DoubleDouble(1) / DoubleDouble(3)
        XCTAssertEqual(third.hi, 0.3333333333333333)
        XCTAssertEqual(third.lo, 1.850371707708594e-17, accuracy: 5e-32)  // a few u² relative
        let root = DoubleDouble(2).squareRoot()
        XCTAssertEqual(root.hi, 1.4142135623730951)
        XCTAssertEqual(root.lo, -9.667293313452913e-17, accuracy: 5e-32)  // a few u² relative
        XCTAssertEqual(DoubleDouble.zero.squareRoot(), .zero)
    }

    func testCancellationKeepsTheLowPart() {
        // (1 + 2⁻⁶⁰) − 1 = 2⁻⁶⁰ exactly, lost entirely in plain doubles.
        let tiny = 0x1p-60
        let x = DoubleDouble(1) + tiny
        XCTAssertEqual((x - DoubleDouble(1)).value, tiny)
        XCTAssertTrue(DoubleDouble(1) < x)
        XCTAssertEqual((-x).magnitude, x)
    }
}
