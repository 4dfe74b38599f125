/// libFuzzer entry: the first byte picks a part of a valid package and the rest replaces that part's
/// XML, so every input gets past the zip layer and into the XML scanner and the part readers.
@_cdecl("LLVMFuzzerTestOneInput")
public func packagePartsOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let parts = MinimalPackage.Part.allCases
    let part = parts[Int(data[0]) % parts.count]
    let xml = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    readEverything(MinimalPackage.bytes(replacing: [part: xml]))
    return 0
}
