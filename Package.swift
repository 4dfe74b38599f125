// swift-tools-version:6.0
// Bunseki: read participants' workbooks, analyse them, write ToolPak-style result workbooks.
// Data flow (one direction): XLSXReader → Tabular → Analysis → Report → ReportWriter; the CLI ties them.
import PackageDescription

let package = Package(
    name: "Bunseki",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bunseki", targets: ["bunseki"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),

        // Bytes → package → sheets → streamed cells.
        // The scanner's state lives in a class; dynamic exclusivity checks on it cost ~30% of a release read.
        .target(name: "XLSXReader", dependencies: ["CZip"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // CSV/TSV bytes → decoded text (UTF-8, UTF-16, CP932) → streamed records; field typing helpers.
        .target(name: "CSVReader"),
        // Cells → a typed table with per-column types, problems and cell addresses.
        .target(name: "Tabular", dependencies: ["XLSXReader", "CSVReader"]),
        // Result files written atomically next to their destination, never over an input or an existing file.
        .target(name: "SafeOutput"),
        // A sheet's cells → CSV/TSV or cell-level JSON, streamed to an atomically written file.
        .target(name: "SheetExport", dependencies: ["XLSXReader", "CSVReader", "SafeOutput"]),
        // Pure statistics on plain values; every result Codable.
        .target(name: "Analysis"),
        // Results → a language-neutral layout of sheets, blocks, formulas and charts.
        .target(name: "Report", dependencies: ["Analysis"]),
        // Layout → .xlsx through libxlsxwriter (the only importer of it).
        .target(name: "ReportWriter", dependencies: ["Report", "CXlsxWriter", "SafeOutput"]),
        // Exercises for instructors: specs, generated data, answer keys, grading.
        .target(name: "Workshop", dependencies: ["Analysis", "Report", "ReportWriter", "Tabular", "XLSXReader",
                                                 .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "bunseki", dependencies: [
            "XLSXReader", "CSVReader", "Tabular", "Analysis", "Report", "ReportWriter", "Workshop", "SheetExport", "SafeOutput",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // `make bench`: generates large workbooks and times the reader against libzip's inflate alone.
        .executableTarget(name: "ReaderBench", dependencies: ["XLSXReader", "Tabular", "CZip", "SheetExport"], path: "Benchmarks/ReaderBench"),

        .testTarget(name: "XLSXReaderTests", dependencies: ["XLSXReader"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SafeOutputTests", dependencies: ["SafeOutput"]),
        .testTarget(name: "CSVReaderTests", dependencies: ["CSVReader"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular", "XLSXReader", "CSVReader"], exclude: ["Fixtures"]),
        .testTarget(name: "SheetExportTests", dependencies: ["SheetExport", "SafeOutput", "XLSXReader", "CSVReader", "Tabular"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "ReportWriter", "SafeOutput", "Analysis", "XLSXReader"]),
        .testTarget(name: "WorkshopTests", dependencies: ["Workshop"]),
        .testTarget(name: "CLITests", dependencies: ["bunseki", "SheetExport", "SafeOutput"], exclude: ["Fixtures"]),
        // Hostile input, resource bounds, safe output and numerical edge cases (docs/RELIABILITY.md).
        .testTarget(name: "ReliabilityTests", dependencies: ["XLSXReader", "Tabular", "Analysis", "Report", "ReportWriter"]),
    ]
)
