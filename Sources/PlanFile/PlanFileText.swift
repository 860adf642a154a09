import Foundation
import Plan

/// Reads a plan file with a size cap: a plan is a page of YAML, so a 200 MB file (or `/dev/zero`)
/// is refused after reading at most the cap, instead of being read whole.
public enum PlanFileText {
    public static let maximumBytes = 1 << 20

    public static func read(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PlanError.file(path: path, line: 1, column: 1, message: "cannot open the plan file")
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        guard data.count <= maximumBytes else {
            throw PlanError.file(
                path: path, line: 1, column: 1,
                message: "the plan file is larger than \(maximumBytes / 1024 / 1024) MiB; a plan is a page of YAML")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PlanError.file(path: path, line: 1, column: 1, message: "the plan file is not UTF-8 text")
        }
        return text
    }
}
