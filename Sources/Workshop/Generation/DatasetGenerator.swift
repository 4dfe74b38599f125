import Analysis
import Procedures

/// Generates a participant's data from a validated spec and a variant number.
public enum DatasetGenerator {
    /// The data of `variant` (1-based; participant k gets variant k). Same spec and variant give the
    /// same data on every platform.
    /// - Throws: ``WorkshopError/invalidSpec(file:keyPath:problem:)`` for a spec that was decoded
    ///   without ``ExerciseSpecLoader`` and is not valid (checked again here, so no spec can make
    ///   generation fail halfway).
    public static func generate(_ spec: ExerciseSpec, variant: Int) throws(WorkshopError) -> GeneratedDataset {
        try SpecValidator(spec: spec, file: spec.id).validate()
        let seed = DerivedSeeds.variantSeed(base: spec.dataset.seed, variant: variant)
        var streams = DerivedSeeds.streams(variantSeed: seed, count: spec.dataset.columns.count + 1)
        var drawn: [(spec: ColumnSpec, values: [DataValue])] = []
        var earlier: [String: [DataValue]] = [:]
        for (index, column) in spec.dataset.columns.enumerated() {
            let sampler = ColumnSampler(rows: spec.dataset.rows, earlier: earlier)
            let values: [DataValue]
            do {
                values = try sampler.values(for: column.kind, using: &streams[index])
            } catch {
                throw .invalidSpec(file: spec.id, keyPath: "dataset.columns[\(index)]",
                                   problem: .malformed(detail: LocalizedText(ja: ErrorMessages.sentence(for: error, language: .ja),
                                                                             en: ErrorMessages.sentence(for: error, language: .en))))
            }
            drawn.append((column, values))
            earlier[column.name] = values
        }
        let columns = CellInjector(dataset: spec.dataset).cells(for: drawn, using: &streams[spec.dataset.columns.count])
        return GeneratedDataset(exerciseID: spec.id, variant: variant, seed: seed, columns: columns)
    }
}
