import Testing

@testable import LogAnalysis

@Suite struct HostileInputTests {
    func summary(of lines: [[UInt8]]) -> LogSummary {
        var analyzer = LogAnalyzer()
        for line in lines { line.withUnsafeBufferPointer { analyzer.consume(bytes: $0) } }
        return analyzer.finish()
    }

    @Test func binaryGarbageAndInvalidUTF8AreUnparsed() {
        var state: UInt32 = 7
        let garbage = (0..<4096).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        let lines =
            garbage.split(separator: 0x0A).map(Array.init) + [[0xFF, 0xFE, 0x7B, 0xC3], [0x7B, 0x22, 0xC3, 0x28]]
        let result = summary(of: lines)
        #expect(result.lineCount == lines.count)
        #expect(result.parsedCount == 0)
        #expect(result.unparsedCount == lines.count)
    }

    @Test func invalidUTF8InsideAJSONStringDoesNotCrash() throws {
        let line = Array(#"{"level":"error","msg":"bad "#.utf8) + [0xC3, 0x28, 0xFF] + Array(#" byte"}"#.utf8)
        let result = summary(of: [line])
        #expect(result.parsedCount == 1)
        #expect(try #require(result.errorGroups.first).key.hasPrefix("bad "))
    }

    @Test func tenMegabyteLineIsCountedNotRead() {
        var analyzer = LogAnalyzer()
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20) + [0x0A]
        let json = Array(#"{"status":200}"#.utf8) + [0x0A]
        for piece in [json, huge, json] {
            piece.withUnsafeBytes { analyzer.consume(chunk: $0) }
        }
        let result = analyzer.finish()
        #expect(result.lineCount == 3)
        #expect(result.oversizedLineCount == 1)
        #expect(result.unparsedCount == 1)
        #expect(result.http.statuses == [200: 2])
        let direct = summary(of: [huge])
        #expect(direct.oversizedLineCount == 1)
    }

    @Test func deeplyNestedJSONIsSkippedWithoutRecursion() throws {
        let depth = 100_000  // 700 kB lines: under the 1 MiB line limit
        let nested =
            Array(#"{"status":500,"data":"#.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: depth)
            + [UInt8](repeating: UInt8(ascii: "]"), count: depth) + Array("}".utf8)
        let containers =
            Array(String(repeating: #"{"req":"#, count: depth).utf8) + Array("1".utf8)
            + [UInt8](repeating: UInt8(ascii: "}"), count: depth)
        let unbalanced = [UInt8](repeating: UInt8(ascii: "{"), count: depth)
        let result = summary(of: [nested, containers, unbalanced])
        #expect(result.parsedCount == 2)
        #expect(result.unparsedCount == 1)
        #expect(result.http.statuses == [500: 1])
        var copy = String(decoding: containers, as: UTF8.self)
        let record = copy.withUTF8 { LogRecord.parse(bytes: $0, table: FieldTable()) }
        #expect(record == nil)
    }

    @Test func truncatedAndMalformedJSON() {
        let lines = [
            #"{"level":"error","msg":"unterminated"#, #"{"level":}"#, #"{"a":1,}"#, #"{"a":1} trailing"#, "{",
            #"{"status":"#, #"{"duration_ms":1e999999,"status":200}"#,
        ].map { Array($0.utf8) }
        let result = summary(of: lines)
        #expect(result.parsedCount == 1)
        #expect(result.unparsedCount == 6)
        #expect(result.http.latency == nil)
    }
}
