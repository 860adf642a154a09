/// Which output of a process a piece of bytes came from.
public enum OutputStreamKind: String, Sendable, Equatable, Codable {
    case stdout
    case stderr

    /// Maps the multiplexed-stream header byte; stdin echo (0) counts as stdout and the
    /// daemon's own error channel (3) as stderr, because that is where a reader expects them.
    init(streamByte: UInt8) {
        self = streamByte == 2 || streamByte == 3 ? .stderr : .stdout
    }
}
