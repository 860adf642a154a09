#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks a unix socket with a plain `connect(2)` before any HTTP traffic.
///
/// AsyncHTTPClient retries failed connections until its connect timeout and then reports a
/// generic error; a direct probe turns "socket missing", "refused" and "EACCES" into a precise,
/// immediate `DockerEngineError`.
enum UnixSocketProbe {
    /// Throws `daemonUnreachable` or `permissionDenied` when `path` cannot be connected to.
    static func check(path: String, endpoint: String) throws(DockerEngineError) {
        #if canImport(Glibc) || canImport(Musl)
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else {
            throw .daemonUnreachable(endpoint: endpoint, reason: errnoText(errno))
        }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        let pathBytes = Array(path.utf8)
        guard pathBytes.count < capacity else {
            throw .invalidDockerHost(endpoint, reason: "socket path longer than \(capacity - 1) bytes")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in pathBytes.enumerated() { raw[offset] = byte }
            raw[pathBytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result != 0 else { return }
        let code = errno
        if code == EACCES || code == EPERM { throw .permissionDenied(endpoint: endpoint) }
        throw .daemonUnreachable(endpoint: endpoint, reason: errnoText(code))
    }

    /// `strerror` text, e.g. "No such file or directory".
    static func errnoText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}
