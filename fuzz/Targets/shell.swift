import ShellSyntax
import ShipshapeCore

/// The shell parser on arbitrary scripts: it always ends with a script value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzShell(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = ShellParser.parse(EmbeddedText(file: "fuzz.sh", text: text))
    return 0
}
