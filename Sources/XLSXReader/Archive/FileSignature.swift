/// What the first bytes of a file say it is.
enum FileSignature {
    case zip
    case compoundFile
    case unknown

    init(_ bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0x50, 0x4B]) {
            self = .zip
        } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile
        } else {
            self = .unknown
        }
    }
}

/// Tells an encrypted OOXML package from a legacy .xls inside an OLE/CFB container by listing the
/// root directory's entry names (MS-CFB §2.2 header, §2.6 directory entries; xlsx-format.md §10).
enum CompoundFileClassifier {
    /// The error that best describes a CFB file.
    static func error(for bytes: [UInt8], file: String) -> XLSXError {
        let names = Set(directoryNames(bytes))
        if names.contains("EncryptedPackage") || names.contains("EncryptionInfo") {
            return .passwordProtected(file: file)
        }
        if names.contains("Workbook") || names.contains("Book") {
            return .legacyExcel(file: file)
        }
        return .unsupportedContainer(file: file)
    }

    /// The names of all directory entries, following the directory chain through the FAT.
    /// Every read is bounds-checked and the walk is capped, so a hostile file cannot loop.
    static func directoryNames(_ bytes: [UInt8]) -> [String] {
        guard bytes.count >= 512, let shift = u16(bytes, 0x1E), (9...12).contains(shift) else { return [] }
        let sectorSize = 1 << Int(shift)
        func sectorOffset(_ sector: UInt32) -> Int { (Int(sector) + 1) << Int(shift) }
        // Only the 109 FAT sector numbers in the header are followed: enough for files under ~7 MB,
        // and the directory of a larger file is still found when its chain lies in those sectors.
        var fat: [UInt32] = []
        for slot in 0..<109 {
            guard let sector = u32(bytes, 0x4C + 4 * slot), sector < 0xFFFF_FFFA else { break }
            let start = sectorOffset(sector)
            for entry in stride(from: start, to: start + sectorSize, by: 4) {
                guard let next = u32(bytes, entry) else { break }
                fat.append(next)
            }
        }
        var names: [String] = []
        var sector = u32(bytes, 0x30) ?? 0xFFFF_FFFE
        var steps = 0
        while sector < 0xFFFF_FFFA, steps < bytes.count / sectorSize {
            let start = sectorOffset(sector)
            for entry in stride(from: start, to: start + sectorSize, by: 128) {
                if let name = entryName(bytes, entry) { names.append(name) }
            }
            sector = Int(sector) < fat.count ? fat[Int(sector)] : 0xFFFF_FFFE
            steps += 1
        }
        return names
    }

    private static func entryName(_ bytes: [UInt8], _ offset: Int) -> String? {
        guard let length = u16(bytes, offset + 0x40), length >= 2, length <= 64,
              offset + Int(length) <= bytes.count else { return nil }
        var units: [UInt16] = []
        for i in stride(from: 0, to: Int(length) - 2, by: 2) {
            guard let unit = u16(bytes, offset + i) else { return nil }
            units.append(unit)
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32? {
        guard let low = u16(bytes, offset), let high = u16(bytes, offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }
}
