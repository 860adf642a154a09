import Plan

/// Durations: never a trap converting to `Int`; an accepted value is within range.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDuration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let milliseconds) = DurationText.parse(text) {
        precondition((0...DurationText.maximumMilliseconds).contains(milliseconds))
        _ = DurationText.format(milliseconds: milliseconds)
    }
    return 0
}
