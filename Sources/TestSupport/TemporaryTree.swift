import Foundation

/// A folder of files under the temporary directory, for tests that discover and read a repository.
public struct TemporaryTree: Sendable {
    public let root: URL

    /// Writes `files` (relative path → text), creating folders as needed.
    public init(_ files: [String: String], prefix: String = "shipshape-tree") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// The root's path with a trailing slash: what discovered display paths start with.
    public var prefix: String { root.path + "/" }

    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
