/// Splits Docker's multiplexed attach/logs stream into stdout and stderr pieces.
///
/// Each frame is an 8-byte header — stream byte (0 stdin, 1 stdout, 2 stderr, 3 daemon error),
/// three zero bytes, a big-endian UInt32 payload length — followed by the payload.
/// Network chunks split frames anywhere, so this is a pure state machine: payload bytes
/// are handed out as soon as they arrive instead of buffering whole frames, which keeps
/// memory bounded by the caller's caps even for a huge frame.
public struct StreamDemultiplexer: Sendable {
    /// A run of payload bytes that belongs to one stream.
    public struct Piece: Sendable, Equatable {
        public var stream: OutputStreamKind
        public var bytes: [UInt8]

        public init(stream: OutputStreamKind, bytes: [UInt8]) {
            self.stream = stream
            self.bytes = bytes
        }
    }

    /// How the byte stream ended.
    public enum Ending: Sendable, Equatable {
        /// The stream ended exactly at a frame boundary.
        case complete
        /// The stream ended inside a header (`headerBytes` of 8 seen).
        case truncatedHeader(headerBytes: Int)
        /// The stream ended inside a payload; `missingBytes` never arrived.
        case truncatedPayload(stream: OutputStreamKind, missingBytes: Int)
    }

    private var header: [UInt8] = []
    private var currentStream: OutputStreamKind = .stdout
    private var remainingPayload = 0

    public init() {}

    /// Consumes one chunk and returns the payload pieces it completes or continues.
    public mutating func feed(_ chunk: some Collection<UInt8>) -> [Piece] {
        var pieces: [Piece] = []
        var index = chunk.startIndex
        while index != chunk.endIndex {
            if remainingPayload > 0 {
                let available = chunk.distance(from: index, to: chunk.endIndex)
                let take = min(available, remainingPayload)
                let end = chunk.index(index, offsetBy: take)
                append(Array(chunk[index..<end]), to: &pieces)
                remainingPayload -= take
                index = end
                continue
            }
            header.append(chunk[index])
            index = chunk.index(after: index)
            if header.count == 8 {
                currentStream = OutputStreamKind(streamByte: header[0])
                remainingPayload = header[4...7].reduce(0) { ($0 << 8) | Int($1) }
                header.removeAll(keepingCapacity: true)
            }
        }
        return pieces
    }

    /// Reports whether the stream stopped cleanly between frames.
    public func finish() -> Ending {
        if remainingPayload > 0 {
            return .truncatedPayload(stream: currentStream, missingBytes: remainingPayload)
        }
        if !header.isEmpty { return .truncatedHeader(headerBytes: header.count) }
        return .complete
    }

    /// Merges with the previous piece when it is the same stream, so callers see fewer pieces.
    private func append(_ bytes: [UInt8], to pieces: inout [Piece]) {
        guard !bytes.isEmpty else { return }
        if let last = pieces.indices.last, pieces[last].stream == currentStream {
            pieces[last].bytes.append(contentsOf: bytes)
        } else {
            pieces.append(Piece(stream: currentStream, bytes: bytes))
        }
    }
}
