/// An unevaluated sum `hi + lo` of two doubles (about 106 significand bits).
///
/// Used wherever a sum feeds a difference (moments, sums of squares, QR, residuals): the
/// error-free transformations TwoSum (Knuth) and TwoProduct via FMA make every operation
/// exact up to a relative error of a few u², u = 2⁻⁵³. Addition is the "accurate" variant
/// (Joldes, Muller & Popescu, ACM TOMS 44(2), 2017, Algorithm 6), which keeps its bound when
/// operands cancel; multiplication and division follow the same paper (Algorithms 12, 18).
public struct DoubleDouble: Sendable, Equatable, Hashable, Codable {
    /// The leading part: `hi` is the double nearest to the represented value.
    public var hi: Double
    /// The trailing part, |lo| ≤ ulp(hi)/2.
    public var lo: Double

    /// Creates a value from an already normalised pair.
    public init(hi: Double, lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    /// Creates the exact value of a double.
    public init(_ value: Double) {
        self.init(hi: value, lo: 0)
    }

    /// Zero.
    public static let zero = DoubleDouble(0)

    /// The value rounded to a double.
    public var value: Double { hi + lo }

    // MARK: Error-free transformations

    /// Knuth's TwoSum: s + e == a + b exactly.
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        let e = (a - (s - bb)) + (b - bb)
        return DoubleDouble(hi: s, lo: e)
    }

    /// Dekker's FastTwoSum, valid when |a| ≥ |b| (or a == 0).
    @inline(__always)
    static func fastTwoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(hi: s, lo: b - (s - a))
    }

    /// TwoProduct with FMA: p + e == a·b exactly (barring underflow).
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(hi: p, lo: (-p).addingProduct(a, b))
    }

    // MARK: Arithmetic

    /// Accurate double-double addition (relative error ≤ 3u², also under cancellation).
    @inline(__always)
    public static func + (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let s = twoSum(x.hi, y.hi)
        let t = twoSum(x.lo, y.lo)
        let v = fastTwoSum(s.hi, s.lo + t.hi)
        return fastTwoSum(v.hi, t.lo + v.lo)
    }

    /// Adds a double.
    @inline(__always)
    public static func + (x: DoubleDouble, y: Double) -> DoubleDouble {
        let s = twoSum(x.hi, y)
        return fastTwoSum(s.hi, x.lo + s.lo)
    }

    /// Negation (exact).
    @inline(__always)
    public static prefix func - (x: DoubleDouble) -> DoubleDouble {
        DoubleDouble(hi: -x.hi, lo: -x.lo)
    }

    /// Subtraction, as addition of the negation.
    @inline(__always)
    public static func - (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble { x + (-y) }

    /// Subtracts a double.
    @inline(__always)
    public static func - (x: DoubleDouble, y: Double) -> DoubleDouble { x + (-y) }

    /// Multiplication with FMA (relative error ≤ 5u²).
    @inline(__always)
    public static func * (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let c = twoProduct(x.hi, y.hi)
        let cl = c.lo + (x.hi * y.lo + x.lo * y.hi)
        return fastTwoSum(c.hi, cl)
    }

    /// Multiplies by a double.
    @inline(__always)
    public static func * (x: DoubleDouble, y: Double) -> DoubleDouble {
        let c = twoProduct(x.hi, y)
        return fastTwoSum(c.hi, c.lo + x.lo * y)
    }

    /// Division by one correction step on the double quotient (relative error ≤ 15u²).
    public static func / (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let th = x.hi / y.hi
        let r = x - y * th
        let tl = r.hi / y.hi
        return fastTwoSum(th, tl)
    }

    /// Divides by a double.
    public static func / (x: DoubleDouble, y: Double) -> DoubleDouble {
        x / DoubleDouble(y)
    }

    /// In-place addition.
    public static func += (x: inout DoubleDouble, y: DoubleDouble) { x = x + y }
    public static func += (x: inout DoubleDouble, y: Double) { x = x + y }
    public static func -= (x: inout DoubleDouble, y: DoubleDouble) { x = x - y }

    /// Square root by one Newton step on the double square root (Karp & Markstein).
    public func squareRoot() -> DoubleDouble {
        guard hi > 0 else { return .zero }
        let s = hi.squareRoot()
        let r = self - DoubleDouble.twoProduct(s, s)
        return DoubleDouble.fastTwoSum(s, r.hi / (2 * s))
    }

    /// The absolute value.
    public var magnitude: DoubleDouble { hi < 0 ? -self : self }

    /// Orders by value (both parts normalised).
    public static func < (x: DoubleDouble, y: DoubleDouble) -> Bool {
        x.hi < y.hi || (x.hi == y.hi && x.lo < y.lo)
    }

    /// The exact product of two doubles.
    public static func product(_ a: Double, _ b: Double) -> DoubleDouble { twoProduct(a, b) }

    /// The sum of `values` accumulated in double-double (error about u² · Σ|xᵢ| + u|S| after rounding).
    public static func sum<S: Sequence>(_ values: S) -> DoubleDouble where S.Element == Double {
        values.reduce(into: DoubleDouble.zero) { $0 += $1 }
    }
}
