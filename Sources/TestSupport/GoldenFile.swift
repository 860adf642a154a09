import Foundation

/// Expected output kept in a file beside the test. `SHIPSHAPE_UPDATE_GOLDEN=1` rewrites the file from
/// the output first, after an intended change (review the diff before committing it).
public enum GoldenFile {
    /// The golden text at `path`.
    public static func text(_ path: String, output: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        if ProcessInfo.processInfo.environment["SHIPSHAPE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `Golden/NAME` beside the test file `testFile` (pass `#filePath`).
    public static func path(_ name: String, besides testFile: String) -> String {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden/\(name)").path
    }
}
