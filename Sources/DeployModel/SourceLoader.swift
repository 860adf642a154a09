import Foundation
import ShipshapeCore

/// Reads a text file defensively: size limit, binary detection, UTF-8 validation, BOM removal.
public enum SourceLoader {
    /// How many leading bytes are searched for a NUL byte to call a file binary.
    static let binarySniffLength = 8192

    /// The largest file `load` reads.
    public static let defaultMaxBytes = 5_000_000

    /// False when the file is over the size limit or cannot be opened.
    static func isReadableSize(_ path: String, maxBytes: Int = defaultMaxBytes) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = (attributes[.size] as? NSNumber)?.intValue, FileManager.default.isReadableFile(atPath: path)
        else { return false }
        return size <= maxBytes
    }

    /// Loads `path`, reporting problems against `displayPath` so messages name the file as the user knows it.
    public static func load(path: String, displayPath: String, maxBytes: Int = defaultMaxBytes) -> Result<
        String, ParseProblem
    > {
        let location = SourceLocation(file: displayPath, line: 1, column: 1)
        func problem(_ message: String) -> Result<String, ParseProblem> {
            .failure(ParseProblem(location: location, message: message))
        }
        // Check the size before reading so a huge file never lands in memory.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = (attributes[.size] as? NSNumber)?.intValue, size > maxBytes
        {
            return problem(
                "file is \(megabytes(size)), over the \(megabytes(maxBytes, decimals: false)) limit; skipped")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return problem("cannot read file (missing or permission denied); skipped")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // Read one byte past the limit to catch files that grew or lie about their size.
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return problem("cannot read file: \(error.localizedDescription); skipped")
        }
        if data.count > maxBytes {
            return problem("file is over the \(megabytes(maxBytes, decimals: false)) limit; skipped")
        }
        return decode(data, location: location)
    }

    /// Turns bytes into text: refuses binary data and invalid UTF-8, strips a UTF-8 byte order mark.
    static func decode(_ data: Data, location: SourceLocation) -> Result<String, ParseProblem> {
        var bytes = [UInt8](data)
        if bytes.prefix(binarySniffLength).contains(0) {
            return .failure(
                ParseProblem(location: location, message: "binary file (NUL byte in the first 8 KB); skipped"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            return .failure(ParseProblem(location: location, message: "not valid UTF-8 at byte \(offset); skipped"))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    static func megabytes(_ bytes: Int, decimals: Bool = true) -> String {
        let value = Double(bytes) / 1_000_000
        if decimals { return String(format: "%.1f MB", value) }
        return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
    }
}
