extension LineFacts {
    /// Records a string field of a known kind; the first value of each kind wins.
    mutating func assign(_ kind: FieldKind, _ range: ByteRange, depth: Int, in line: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .level:
            if level == nil { level = LogLevel(bytes: range.slice(line)) }
        case .message: setMessage(range, depth: depth)
        case .timestamp:
            guard timestampText.isEmpty, timestampNumber == nil else { return }
            if let number = NumberScanner.parse(range.slice(line)) {
                timestampNumber = TimestampParser.epochSeconds(number)
            } else {
                timestampText = range
            }
        case .status:
            if status == 0, range.count == 3 { status = RequestLine.status(line, at: range.start) }
        case .method: if method.isEmpty { method = range }
        case .path: if path.isEmpty { path = RequestLine.path(line, from: range.start, to: range.end) }
        case .requestLine:
            if method.isEmpty, let request = RequestLine.parse(line, from: range.start, to: range.end) {
                method = request.method
                path = request.path
            }
        case .duration(let unit):
            if durationMs == nil { durationMs = DurationText.milliseconds(range.slice(line), bareUnit: unit) }
        case .exception: if exception.isEmpty { exception = range }
        case .container: break
        }
    }

    /// Records a numeric field of a known kind.
    mutating func assign(_ kind: FieldKind, number: Double) {
        switch kind {
        case .level: if level == nil { level = LogLevel(pino: number) }
        case .timestamp:
            if timestampText.isEmpty, timestampNumber == nil { timestampNumber = TimestampParser.epochSeconds(number) }
        case .status:
            if status == 0, number >= 100, number < 600, number.rounded() == number { status = Int(number) }
        case .duration(let unit): if durationMs == nil, number >= 0 { durationMs = number * unit }
        default: break
        }
    }
}
