#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns C copies of Swift strings for libxlsxwriter 1.1.4 structs whose fields are `char *`; the
/// copies live until the pool is released, after the workbook is closed.
final class CStringPool {
    private var owned: [UnsafeMutablePointer<CChar>] = []

    /// A C copy of `text` that stays valid until `release()`.
    func copy(_ text: String) -> UnsafeMutablePointer<CChar>? {
        guard let pointer = strdup(text) else { return nil }
        owned.append(pointer)
        return pointer
    }

    /// A NULL-terminated array of C copies, as libxlsxwriter wants for validation lists.
    func copyList(_ texts: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: texts.count + 1)
        for (index, text) in texts.enumerated() { list[index] = copy(text) }
        list[texts.count] = nil
        lists.append(list)
        return list
    }

    private var lists: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

    /// Frees every copy.
    func release() {
        owned.forEach { free($0) }
        lists.forEach { $0.deallocate() }
        owned.removeAll()
        lists.removeAll()
    }

    deinit { release() }
}
