import Plan

/// Conditions, JSON paths and probe flags as a user writes them: an error or a value, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCondition(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? ConditionParser.parse(text)
    _ = try? JSONPath(text)
    _ = try? ProbeParser.http(text)
    return 0
}
