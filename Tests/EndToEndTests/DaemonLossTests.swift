import Foundation
import TestSupport
import Testing

/// The Docker daemon going away in the middle of a wait, caused for real: shipshape talks to the
/// daemon through a unix-socket relay this test starts, and the relay shuts down (closing its
/// listening socket and every connection) while the wait is still probing.
@Suite(.serialized) struct DaemonLossTests {
    /// A relay from `argv[1]` to the real daemon socket that closes everything after `argv[2]` seconds.
    static let relay = #"""
        import os, socket, sys, threading, time
        path, lifetime = sys.argv[1], float(sys.argv[2])
        if os.path.exists(path): os.unlink(path)
        server = socket.socket(socket.AF_UNIX); server.bind(path); server.listen(64)
        sockets = [server]
        def pump(a, b):
            try:
                while True:
                    data = a.recv(65536)
                    if not data: break
                    b.sendall(data)
            except OSError: pass
            for s in (a, b):
                try: s.shutdown(socket.SHUT_RDWR)
                except OSError: pass
        def accept():
            while True:
                try: client, _ = server.accept()
                except OSError: return
                upstream = socket.socket(socket.AF_UNIX); upstream.connect("/var/run/docker.sock")
                sockets.extend([client, upstream])
                threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
                threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
        threading.Thread(target=accept, daemon=True).start()
        time.sleep(lifetime)
        for s in sockets:
            try: s.shutdown(socket.SHUT_RDWR)
            except OSError: pass
            s.close()
        os._exit(0)
        """#

    @Test func losingTheDaemonMidWaitEndsTheWaitWithExitThree() throws {
        let name = DockerFixture.uniqueName("daemonloss")
        try DockerFixture.buildImage()
        try DockerFixture.startServer(name: name)
        defer { DockerFixture.remove(name) }
        let socket = "/tmp/shipshape-relay-\(UUID().uuidString.prefix(8)).sock"
        defer { try? FileManager.default.removeItem(atPath: socket) }
        _ = try HostProcess.run(["sh", "-c", "python3 -c \"$0\" \"$1\" 3 >/dev/null 2>&1 &", Self.relay, socket])
        for _ in 0..<50 where !FileManager.default.fileExists(atPath: socket) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(FileManager.default.fileExists(atPath: socket), "the relay did not start")

        let started = Stopwatch()
        // Port 9999 is closed: the wait keeps probing until the daemon disappears.
        let result = try ShipshapeProcess.run(
            ["wait", name, "--tcp", "9999", "--timeout", "60s", "--format", "json"],
            environment: ["DOCKER_HOST": "unix://\(socket)"])
        let took = started.seconds
        #expect(result.status == 3, "stdout: \(result.stdout) stderr: \(result.stderr)")
        #expect(
            took > 2 && took < 15,
            "ended \(took) s after the start, when the daemon went away, not at the 60 s deadline")
        #expect((result.stdout + result.stderr).contains("daemon-unreachable") || result.stderr.contains(socket))
    }
}
