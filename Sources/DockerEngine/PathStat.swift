/// A file's metadata from the `X-Docker-Container-Path-Stat` header of `HEAD …/archive`.
public struct PathStat: Sendable, Codable, Equatable {
    public let name: String
    public let size: Int64
    /// Go `os.FileMode` bits: permissions in the low 9 bits, type flags in the high bits.
    public let mode: UInt32
    /// Symlink target, "" when not a link.
    public let linkTarget: String
    public let mtime: String?

    public init(name: String, size: Int64, mode: UInt32, linkTarget: String, mtime: String? = nil) {
        self.name = name
        self.size = size
        self.mode = mode
        self.linkTarget = linkTarget
        self.mtime = mtime
    }

    /// Go's `os.ModeDir` (1 << 31).
    public var isDirectory: Bool { mode & (1 << 31) != 0 }
    /// Go's `os.ModeSymlink` (1 << 27).
    public var isSymlink: Bool { mode & (1 << 27) != 0 }
    /// Any execute bit set on a non-directory (a symlink's target is not followed by dockerd).
    public var isExecutable: Bool { !isDirectory && mode & 0o111 != 0 }
    /// The rwx permission bits.
    public var permissions: UInt32 { mode & 0o777 }
}
