/// libFuzzer entry: the input is a whole file, as a participant might hand it in.
@_cdecl("LLVMFuzzerTestOneInput")
public func rawBytesOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    readEverything(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
