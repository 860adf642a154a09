/// What an image was seen to contain by asking the Docker Engine (`shipshape lint --probe-images`),
/// as opposed to what the knowledge base expects of its base image.
///
/// Programs are looked up by file stat in a created, never started container, so the answer holds
/// for distroless and scratch images too. Only the programs in `checked` were looked for.
public struct ObservedImage: Sendable, Hashable, Codable {
    /// The reference the repository names (`ghcr.io/org/api:latest`, `python:3.11-slim`).
    public var reference: String
    /// `sha256:…` image ID; observations are cached by it.
    public var id: String
    /// The directories of the image's `PATH`, in order.
    public var path: [String]
    /// Program name → where it was found (`/usr/bin/curl`); a checked name missing here is absent.
    public var found: [String: ObservedProgram]
    /// Every program name looked for.
    public var checked: Set<String>
    /// Whether `/bin/sh` exists.
    public var hasShell: Bool
    /// Ports from `EXPOSE`.
    public var exposedPorts: [Int]
    /// Whether the image defines a `HEALTHCHECK` (other than `NONE`).
    public var hasHealthcheck: Bool
    /// `USER`, when set.
    public var user: String?

    public init(
        reference: String, id: String, path: [String], found: [String: ObservedProgram], checked: Set<String>,
        hasShell: Bool, exposedPorts: [Int] = [], hasHealthcheck: Bool = false, user: String? = nil
    ) {
        self.reference = reference
        self.id = id
        self.path = path
        self.found = found
        self.checked = checked
        self.hasShell = hasShell
        self.exposedPorts = exposedPorts
        self.hasHealthcheck = hasHealthcheck
        self.user = user
    }

    /// `sha256:0123456789ab` — the first twelve hex digits, as `docker images` shows them.
    public var shortID: String {
        let hex = id.hasPrefix("sha256:") ? id.dropFirst(7) : Substring(id)
        return "sha256:" + hex.prefix(12)
    }

    /// Whether `program` (a name or path) is in the image; nil when it was not looked for.
    public func contains(_ program: String) -> Bool? {
        let name = program.split(separator: "/").last.map(String.init) ?? program
        if program.hasPrefix("/") {
            // An absolute path is only known when it is where the program was found.
            guard checked.contains(name) else { return nil }
            if let hit = found[name], hit.path == program { return true }
            return found[name] == nil ? false : nil
        }
        guard checked.contains(name) else { return nil }
        return found[name] != nil
    }
}

/// Where a program was found in an image.
public struct ObservedProgram: Sendable, Hashable, Codable {
    /// Absolute path in the image.
    public var path: String
    /// The symlink's target when the file is a link (`/bin/busybox` for a busybox applet).
    public var linkTarget: String?

    public init(path: String, linkTarget: String? = nil) {
        self.path = path
        self.linkTarget = linkTarget
    }

    /// True when the program is a busybox applet (a link to busybox).
    public var isBusyboxApplet: Bool { linkTarget?.hasSuffix("busybox") == true }
}
