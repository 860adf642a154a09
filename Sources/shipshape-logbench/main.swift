import Foundation
import LogAnalysis

#if canImport(Glibc)
    import Glibc
#endif

/// `shipshape-logbench FILE`: analyses a log file and prints its `LogSummary` as JSON.
///
/// Kept apart from `shipshape` so the log benchmark times exactly the analyzer: read(2) in
/// 4 MiB chunks, no Docker, no report formatting.
let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: shipshape-logbench FILE\n".utf8))
    exit(2)
}
let descriptor = open(arguments[1], O_RDONLY)
guard descriptor >= 0 else {
    FileHandle.standardError.write(Data("cannot open \(arguments[1]): \(String(cString: strerror(errno)))\n".utf8))
    exit(1)
}
defer { close(descriptor) }
var analyzer = LogAnalyzer()
let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4 << 20, alignment: 16)
defer { buffer.deallocate() }
while true {
    let count = read(descriptor, buffer.baseAddress, buffer.count)
    if count < 0, errno == EINTR { continue }
    guard count > 0 else { break }
    analyzer.consume(chunk: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
}
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
encoder.dateEncodingStrategy = .iso8601
let data = (try? encoder.encode(analyzer.finish())) ?? Data("{}".utf8)
FileHandle.standardOutput.write(data + Data("\n".utf8))
