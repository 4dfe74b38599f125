/// Bounds that keep a hostile or broken file from exhausting memory or time.
public struct ReadLimits: Sendable, Hashable {
    /// The most bytes inflated from the whole package over the workbook's lifetime (default 4 GiB).
    public var maxInflatedBytes: Int
    /// The largest inflated/compressed ratio tolerated for one part once it exceeds `ratioCheckFloor`.
    /// Real sheets compress around 10–100×; deflate cannot exceed about 1032×.
    public var maxCompressionRatio: Int
    /// Parts smaller than this are never refused for their ratio (tiny parts of zeros are harmless).
    public var ratioCheckFloor: Int
    /// The longest single XML token (a tag or a text run) the scanner will buffer.
    public var maxTokenBytes: Int
    /// The largest inflated shared-string part, which is held in memory whole (default 256 MiB, about
    /// eight times a table of a million distinct 20-character strings).
    public var maxSharedStringsBytes: Int

    /// Creates limits; the defaults suit workshop files up to Excel's grid size.
    public init(maxInflatedBytes: Int = 4 << 30, maxCompressionRatio: Int = 500,
                ratioCheckFloor: Int = 64 << 20, maxTokenBytes: Int = 64 << 20, maxSharedStringsBytes: Int = 256 << 20) {
        self.maxInflatedBytes = maxInflatedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckFloor = ratioCheckFloor
        self.maxTokenBytes = maxTokenBytes
        self.maxSharedStringsBytes = maxSharedStringsBytes
    }
}
