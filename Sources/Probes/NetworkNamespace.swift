#if canImport(Glibc)
    import Foundation
    import Glibc
    import ShipshapeCore

    /// Opens TCP connections to `127.0.0.1:PORT` *inside* a container's network namespace, so a
    /// port that is neither published nor on an address the host can reach (`network_mode: none`,
    /// `container:` sharing, an internal network) is probed without running anything in the
    /// container. Linux only; needs the daemon on this host and the right to open
    /// `/proc/PID/ns/net` (root, or the container process's own user).
    ///
    /// The socket is created on a dedicated thread that enters the namespace with `setns(2)` and
    /// returns to the host's namespace before it ends; a socket keeps the namespace it was created
    /// in, so the connection stays inside the container's network once the thread is back.
    package enum NetworkNamespace {
        /// `setns(2)`; looked up at run time because Glibc's module map hides it behind `_GNU_SOURCE`.
        private typealias SetNamespace = @convention(c) (Int32, Int32) -> Int32
        private static let newNetworkFlag: Int32 = 0x4000_0000  // CLONE_NEWNET

        /// Whether the namespace of `pid` can be entered from here.
        static func isAvailable(pid: Int) -> Bool {
            guard pid > 0, setNamespaceFunction() != nil else { return false }
            let descriptor = open("/proc/\(pid)/ns/net", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return false }
            close(descriptor)
            return true
        }

        /// A connected TCP socket to 127.0.0.1:`port` in the network namespace of `pid`.
        static func connect(pid: Int, port: Int) async -> Result<Int32, ClassifiedError> {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    continuation.resume(returning: connectOnThisThread(pid: pid, port: port))
                }
                thread.name = "shipshape-netns"
                thread.start()
            }
        }

        private static func setNamespaceFunction() -> SetNamespace? {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setns") else { return nil }
            return unsafeBitCast(symbol, to: SetNamespace.self)
        }

        private static func connectOnThisThread(pid: Int, port: Int) -> Result<Int32, ClassifiedError> {
            guard let setNamespace = setNamespaceFunction() else {
                return failure(.permissionDenied, "setns(2) is not available")
            }
            let home = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC)
            guard home >= 0 else { return failure(.permissionDenied, "cannot open this thread's network namespace") }
            defer { close(home) }
            let target = open("/proc/\(pid)/ns/net", O_RDONLY | O_CLOEXEC)
            guard target >= 0 else {
                return failure(
                    .permissionDenied, "cannot open /proc/\(pid)/ns/net: \(String(cString: strerror(errno)))")
            }
            defer { close(target) }
            guard setNamespace(target, newNetworkFlag) == 0 else {
                return failure(
                    .permissionDenied,
                    "cannot enter the container's network namespace: \(String(cString: strerror(errno)))")
            }
            let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            let socketError = errno
            // Back home before anything else; a thread that cannot return is never reused (it ends here).
            let returned = setNamespace(home, newNetworkFlag) == 0
            guard socketDescriptor >= 0 else {
                return failure(
                    .permissionDenied,
                    "socket() in the container's namespace failed: \(String(cString: strerror(socketError)))")
            }
            guard returned else {
                close(socketDescriptor)
                return failure(.permissionDenied, "cannot return to the host's network namespace")
            }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
            let status = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard status == 0 else {
                let code = errno
                close(socketDescriptor)
                if code == ECONNREFUSED {
                    return failure(
                        .connectionRefused,
                        "connection refused at 127.0.0.1:\(port) in the container's network namespace (nothing listens on that port)"
                    )
                }
                return failure(
                    .connectionRefused,
                    "cannot connect to 127.0.0.1:\(port) in the container's network namespace: \(String(cString: strerror(code)))"
                )
            }
            return .success(socketDescriptor)
        }

        private static func failure(_ cause: FailureCause, _ message: String) -> Result<Int32, ClassifiedError> {
            .failure(ClassifiedError(Classification(cause, message)))
        }
    }
#endif
