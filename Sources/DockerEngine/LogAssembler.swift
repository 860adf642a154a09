/// Turns raw log bytes (multiplexed, or raw for TTY containers) into `LogEntry` lines.
struct LogAssembler: Sendable {
    private var demultiplexer = StreamDemultiplexer()
    private var stdoutLines = LineSplitter()
    private var stderrLines = LineSplitter()
    private let multiplexed: Bool
    private let timestamps: Bool
    private var budget: Int
    private(set) var entries: [LogEntry] = []
    private(set) var truncated = false

    init(multiplexed: Bool, timestamps: Bool, limit: Int) {
        self.multiplexed = multiplexed
        self.timestamps = timestamps
        self.budget = limit
    }

    /// Feeds one network chunk.
    mutating func feed(_ chunk: some Collection<UInt8>) {
        if multiplexed {
            for piece in demultiplexer.feed(chunk) { take(piece.bytes, from: piece.stream) }
        } else {
            // A TTY merges both streams into one raw byte stream.
            take(Array(chunk), from: .stdout)
        }
    }

    /// Flushes unterminated last lines.
    mutating func finish() {
        if let rest = stdoutLines.finish() { emit(rest, .stdout) }
        if let rest = stderrLines.finish() { emit(rest, .stderr) }
    }

    private mutating func take(_ bytes: [UInt8], from stream: OutputStreamKind) {
        guard budget > 0 else {
            truncated = truncated || !bytes.isEmpty
            return
        }
        let kept = Array(bytes.prefix(budget))
        if kept.count < bytes.count { truncated = true }
        budget -= kept.count
        switch stream {
        case .stdout: for line in stdoutLines.feed(kept) { emit(line, .stdout) }
        case .stderr: for line in stderrLines.feed(kept) { emit(line, .stderr) }
        }
    }

    private mutating func emit(_ line: [UInt8], _ stream: OutputStreamKind) {
        var text = String(decoding: line, as: UTF8.self)
        var timestamp: String?
        if timestamps, let space = text.firstIndex(of: " ") {
            timestamp = String(text[..<space])
            text = String(text[text.index(after: space)...])
        }
        entries.append(LogEntry(stream: stream, text: text, timestamp: timestamp))
    }
}
