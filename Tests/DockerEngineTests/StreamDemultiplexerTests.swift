import Testing

@testable import DockerEngine

/// Pure tests of the 8-byte-header frame demultiplexer.
struct StreamDemultiplexerTests {
    static func frame(_ stream: UInt8, _ text: String) -> [UInt8] {
        let payload = Array(text.utf8)
        let length = UInt32(payload.count)
        return [
            stream, 0, 0, 0, UInt8(length >> 24), UInt8((length >> 16) & 0xFF),
            UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF),
        ] + payload
    }

    /// Feeds `chunks` and returns the concatenated output per stream.
    static func run(_ chunks: [[UInt8]]) -> (
        stdout: String, stderr: String, ending: StreamDemultiplexer.Ending, pieces: [StreamDemultiplexer.Piece]
    ) {
        var demultiplexer = StreamDemultiplexer()
        var out: [UInt8] = []
        var err: [UInt8] = []
        var all: [StreamDemultiplexer.Piece] = []
        for chunk in chunks {
            for piece in demultiplexer.feed(chunk) {
                all.append(piece)
                switch piece.stream {
                case .stdout: out += piece.bytes
                case .stderr: err += piece.bytes
                }
            }
        }
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), demultiplexer.finish(), all)
    }

    static let interleaved =
        frame(1, "hello ") + frame(2, "oops\n") + frame(1, "world\n")
        + frame(2, "") + frame(1, "") + frame(3, "daemon error\n") + frame(1, "é✓\n")

    @Test func wholeBufferInterleaved() {
        let result = Self.run([Self.interleaved])
        #expect(result.stdout == "hello world\né✓\n")
        #expect(result.stderr == "oops\ndaemon error\n")
        #expect(result.ending == .complete)
    }

    @Test func splitAtEveryByteOffset() {
        let bytes = Self.interleaved
        for offset in 0...bytes.count {
            let result = Self.run([Array(bytes[..<offset]), Array(bytes[offset...])])
            #expect(result.stdout == "hello world\né✓\n", "split at \(offset)")
            #expect(result.stderr == "oops\ndaemon error\n", "split at \(offset)")
            #expect(result.ending == .complete, "split at \(offset)")
        }
    }

    @Test func splitAtEveryPairOfOffsets() {
        let bytes = Self.frame(1, "ab") + Self.frame(2, "cd") + Self.frame(1, "")
        for first in 0...bytes.count {
            for second in first...bytes.count {
                let result = Self.run([Array(bytes[..<first]), Array(bytes[first..<second]), Array(bytes[second...])])
                #expect(result.stdout == "ab" && result.stderr == "cd" && result.ending == .complete)
            }
        }
    }

    @Test func oneByteAtATime() {
        let result = Self.run(Self.interleaved.map { [$0] })
        #expect(result.stdout == "hello world\né✓\n")
        #expect(result.stderr == "oops\ndaemon error\n")
    }

    @Test func zeroLengthFramesProduceNoPieces() {
        let result = Self.run([Self.frame(1, "") + Self.frame(2, "") + Self.frame(1, "x")])
        #expect(result.pieces == [.init(stream: .stdout, bytes: Array("x".utf8))])
        #expect(result.ending == .complete)
    }

    @Test func truncatedPayloadAtEnd() {
        let bytes = Self.frame(1, "complete") + Self.frame(2, "cut-off")
        let result = Self.run([Array(bytes.dropLast(3))])
        #expect(result.stdout == "complete")
        #expect(result.stderr == "cut-")
        #expect(result.ending == .truncatedPayload(stream: .stderr, missingBytes: 3))
    }

    @Test func truncatedHeaderAtEnd() {
        let bytes = Self.frame(1, "x") + Array(Self.frame(2, "y").prefix(5))
        let result = Self.run([bytes])
        #expect(result.stdout == "x")
        #expect(result.ending == .truncatedHeader(headerBytes: 5))
    }

    @Test func largeFrameLengthUsesAllFourBytes() {
        let payload = String(repeating: "z", count: 70_000)
        let result = Self.run([Self.frame(2, payload)])
        #expect(result.stderr.count == 70_000)
        #expect(result.ending == .complete)
    }

    @Test func cappedOutputCountsDroppedBytes() {
        var output = CappedOutput(limit: 4)
        output.append(Array("abcdef".utf8))
        #expect(output.text == "abcd")
        #expect(output.truncated)
        #expect(output.totalBytes == 6)
    }

    @Test func lineSplitterAcrossChunks() {
        var splitter = LineSplitter()
        var lines = splitter.feed(Array("{\"a\":1}\r\n{\"b\"".utf8))
        lines += splitter.feed(Array(":2}\n tail".utf8))
        #expect(lines.map { String(decoding: $0, as: UTF8.self) } == ["{\"a\":1}", "{\"b\":2}"])
        #expect(splitter.finish().map { String(decoding: $0, as: UTF8.self) } == " tail")
    }
}
