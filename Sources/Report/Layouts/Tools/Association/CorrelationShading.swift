/// Background colours for a correlation by its strength, so the pattern of a large matrix shows at a
/// glance: blue for positive, red for negative, deeper for stronger, in the bands of
/// `CorrelationReading.strengths` (none below 0.2, where courses say there is almost no correlation).
enum CorrelationShading {
    /// Colours for the weak, moderate and strong bands, lightest first.
    private static let positive: [UInt32] = [0xDDEBF7, 0x9BC2E6, 0x5B9BD5]
    private static let negative: [UInt32] = [0xFCE4D6, 0xF4B084, 0xED7D31]

    /// The fill for r, or nil when r shows almost no correlation or is undefined.
    static func fill(for r: Double?) -> UInt32? {
        guard let r, r.isFinite else { return nil }
        let limits = CorrelationReading.strengths.map(\.limit)
        guard let band = limits.firstIndex(where: { abs(r) < $0 }), band > 0 else { return nil }
        let colours = r > 0 ? positive : negative
        return colours[min(band - 1, colours.count - 1)]
    }
}
