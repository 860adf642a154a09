#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Directory listing through `readdir`, for the discovery walk: the entry type comes with the name,
/// so only symlinks and file systems without `d_type` cost a `stat`. (Foundation's
/// `contentsOfDirectory` + `fileExists` + `resolvingSymlinksInPath` per entry took most of a walk.)
enum DirectoryListing {
    /// A directory's identity, so a walk that meets it again through a symlink stops.
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    struct Entry {
        let name: String
        /// True for a directory or a symlink to one.
        let isDirectory: Bool
    }

    /// The device and inode of `path`, symlinks followed; nil when it cannot be stat'ed.
    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(
            device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
    }

    /// The entries of a directory (`.` and `..` left out; broken symlinks too), or the `strerror`
    /// text when the directory cannot be opened.
    static func entries(of directory: String) -> Result<[Entry], ListingFailure> {
        guard let handle = opendir(directory) else {
            return .failure(ListingFailure(reason: String(cString: strerror(errno))))
        }
        defer { closedir(handle) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var entries: [Entry] = []
        while let entry = readdir(handle) {
            // Read through the pointer, never `entry.pointee`: a record is only `d_reclen` bytes, so copying
            // the whole `dirent` (its 256-byte `d_name`) can run past the end of readdir's buffer into an
            // unmapped page — `lint .` crashed (SIGSEGV in memcpy) now and then on a large tree.
            let record = UnsafeRawPointer(entry)
            let name = String(cString: record.advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self))
            let type = record.load(fromByteOffset: Self.typeOffset, as: UInt8.self)
            if name == "." || name == ".." { continue }
            switch Int(type) {
            case Int(DT_DIR): entries.append(Entry(name: name, isDirectory: true))
            case Int(DT_REG): entries.append(Entry(name: name, isDirectory: false))
            default:
                // A symlink (followed, as the walk always did) or a file system without d_type.
                var info = stat()
                guard stat(prefix + name, &info) == 0 else { continue }
                entries.append(Entry(name: name, isDirectory: (info.st_mode & S_IFMT) == S_IFDIR))
            }
        }
        return .success(entries)
    }

    /// Where `d_name` and `d_type` lie in a `dirent` (both fields exist on Linux and Darwin).
    static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
    static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 0

    /// Why a directory could not be listed.
    struct ListingFailure: Error {
        let reason: String
    }
}
