import ShipshapeCore

/// The masker and the printed-text paths: never a crash, output at most 4× the input (a mask
/// replaces at least one byte), and no workflow command left at a line start once neutralised.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMasker(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let masked = SecretMasker.masking(text)
    precondition(masked.utf8.count <= text.utf8.count * 4 + 4, "masking grew the text")
    _ = SecretMasker.masking(text, stopsAtMarkup: true)
    _ = PrintedText(text, encoding: .json)
    _ = PrintedText(text, encoding: .workflowCommands)
    let neutral = WorkflowCommandText.neutralizing(masked)
    for line in neutral.split(separator: "\n", omittingEmptySubsequences: false) {
        precondition(!line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }.hasPrefix("::"), "a command survived")
    }
    return 0
}
