import Foundation

/// Builds test images `FROM scratch` out of host binaries (no registry is reachable in tests).
public enum ScratchImage {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Builds `tag` from `dockerfile`, with `files` (path in the build context → host path) copied
    /// in first, following symlinks. Returns the tag.
    @discardableResult
    public static func build(tag: String, dockerfile: String, files: [String: String]) throws -> String {
        let context = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: context, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: context) }
        try dockerfile.write(to: context.appendingPathComponent("Dockerfile"), atomically: true, encoding: .utf8)
        for (destination, source) in files {
            try copy(source, to: context.appendingPathComponent(destination))
        }
        try run(["docker", "build", "-q", "-t", tag, context.path])
        return tag
    }

    /// `files` entries for a dynamically linked binary, its libraries and loader, under `rootfs/`.
    public static func binaryWithLibraries(_ binary: String) throws -> [String: String] {
        var files = ["rootfs" + binary: binary]
        for library in try sharedLibraries(of: binary) {
            files["rootfs" + library] = library
        }
        return files
    }

    /// Paths of the libraries and loader `ldd` lists.
    public static func sharedLibraries(of binary: String) throws -> [String] {
        try run(["ldd", binary]).split(separator: "\n").compactMap { line in
            // ldd indents with a tab; the loader line has no "=>".
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).first { $0.hasPrefix("/") }
        }
    }

    /// Removes images, ignoring errors (SHIPSHAPE_KEEP_TEST_IMAGES=1 keeps them for debugging).
    public static func remove(_ tags: [String]) {
        if ProcessInfo.processInfo.environment["SHIPSHAPE_KEEP_TEST_IMAGES"] == "1" || tags.isEmpty { return }
        _ = try? HostProcess.run(["docker", "image", "rm", "-f"] + tags)
    }

    /// Runs a host command and returns its trimmed stdout; throws on a non-zero exit.
    @discardableResult
    public static func run(_ arguments: [String]) throws -> String {
        let result = try HostProcess.run(arguments)
        guard result.status == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Copies following symlinks, creating parent directories.
    static func copy(_ source: String, to destination: URL) throws {
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let resolved = URL(fileURLWithPath: source).resolvingSymlinksInPath()
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: resolved, to: destination)
    }
}
