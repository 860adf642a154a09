import Foundation

/// Builds test images `FROM scratch` out of host binaries (no registry is reachable in tests).
public enum ScratchImage {
    /// Builds `tag` from `dockerfile`, with `files` (path in the build context → host path) copied
    /// in first, following symlinks. Returns the tag.
    @discardableResult
    public static func build(tag: String, dockerfile: String, files: [String: String]) throws -> String {
        try build(tag: tag) { context in
            try dockerfile.write(to: context.appendingPathComponent("Dockerfile"), atomically: true, encoding: .utf8)
            for (destination, source) in files {
                try copy(source, to: context.appendingPathComponent(destination))
            }
        }
    }

    /// Builds `tag` from a temporary copy of a committed build context (`contextDirectory`, holding
    /// its Dockerfile), after `populate` adds host binaries to the copy. Returns the tag.
    @discardableResult
    public static func build(
        tag: String, contextDirectory: URL, buildArguments: [String: String] = [:], populate: (URL) throws -> Void
    ) throws -> String {
        try build(tag: tag, buildArguments: buildArguments) { context in
            for item in try FileManager.default.contentsOfDirectory(atPath: contextDirectory.path) {
                try FileManager.default.copyItem(
                    at: contextDirectory.appendingPathComponent(item), to: context.appendingPathComponent(item))
            }
            try populate(context)
        }
    }

    private static func build(
        tag: String, buildArguments: [String: String] = [:], populate: (URL) throws -> Void
    ) throws -> String {
        let context = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: context, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: context) }
        try populate(context)
        let arguments = buildArguments.sorted { $0.key < $1.key }.flatMap { ["--build-arg", "\($0.key)=\($0.value)"] }
        try HostCommand.run(["docker", "build", "-q"] + arguments + ["-t", tag, context.path])
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

    /// Copies a dynamically linked binary, its libraries and loader into `rootfs` at their host paths.
    public static func copyWithLibraries(_ binary: String, into rootfs: URL) throws {
        for (destination, source) in try binaryWithLibraries(binary) {
            try copy(source, to: rootfs.appendingPathComponent(String(destination.dropFirst("rootfs/".count))))
        }
    }

    /// Paths of the libraries and loader `ldd` lists.
    public static func sharedLibraries(of binary: String) throws -> [String] {
        try HostCommand.run(["ldd", binary]).split(separator: "\n").compactMap { line in
            // ldd indents with a tab; the loader line has no "=>".
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).first { $0.hasPrefix("/") }
        }
    }

    /// Removes images, ignoring errors (SHIPSHAPE_KEEP_TEST_IMAGES=1 keeps them for debugging).
    public static func remove(_ tags: [String]) {
        if ProcessInfo.processInfo.environment["SHIPSHAPE_KEEP_TEST_IMAGES"] == "1" || tags.isEmpty { return }
        _ = try? HostProcess.run(["docker", "image", "rm", "-f"] + tags)
    }

    /// Copies following symlinks, creating parent directories.
    public static func copy(_ source: String, to destination: URL) throws {
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let resolved = URL(fileURLWithPath: source).resolvingSymlinksInPath()
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: resolved, to: destination)
    }
}
