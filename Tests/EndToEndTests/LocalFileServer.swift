import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A real HTTP server on 127.0.0.1 (python3's `http.server`, on a port the kernel picks) serving one
/// directory; stopped when released.
final class LocalFileServer {
    let baseURL: String
    private let pid: pid_t
    private let log: String

    init(serving directory: String) throws {
        log = directory + ".server.log"
        let pidFile = directory + ".server.pid"
        let start = try HostProcess.run([
            "sh", "-c",
            #"python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$0" > "$1" 2>&1 & echo $! > "$2""#,
            directory, log, pidFile,
        ])
        guard start.status == 0,
            let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw ServerFailure("cannot start python3 -m http.server: \(start.stderr)") }
        self.pid = pid
        var port: String?
        let clock = Stopwatch()
        while port == nil, !clock.hasPassed(20) {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            port = output.firstMatch(of: /Serving HTTP on 127\.0\.0\.1 port (\d+)/).map { String($0.1) }
            if port == nil { usleep(50_000) }
        }
        guard let port else {
            kill(pid, SIGTERM)
            throw ServerFailure(
                "http.server did not start within 20 s: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        }
        baseURL = "http://127.0.0.1:\(port)"
    }

    deinit {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
        try? FileManager.default.removeItem(atPath: log)
    }

    struct ServerFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
