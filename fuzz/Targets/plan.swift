import PlanFile

/// The plan reader (`shipshape.yml`): any bytes end in a plan or a `PlanError`, never a trap, a hang
/// or a runaway allocation; a plan that was read can be written out again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let plan = try? PlanFileParser.parse(text: text, path: "fuzz.yml", environment: ["REVISION": "abc1234"]) {
        _ = PlanWriter.yaml(plan)
    }
    return 0
}
