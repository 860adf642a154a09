import Foundation
import TestSupport
import Testing

/// `shipshape lint --probe-images`, end to end: the built binary, a real Docker Engine, and images
/// built `FROM scratch` under the names the repository's compose file gives them, so that the
/// knowledge base alone would be wrong (a `python:3.11-slim` build with curl that in truth holds
/// busybox's wget) or silent (a private base image it cannot know).
@Suite(.serialized) struct ProbeImagesCommandTests {
    static let run = String(UUID().uuidString.prefix(8)).lowercased()
    static let backend = "shipshape-e2e-probe/backend:\(run)"
    static let worker = "registry.internal.test/shipshape-e2e-probe/worker:\(run)"

    static let images: Result<Void, any Error> = Result {
        try ScratchImage.build(
            tag: backend,
            dockerfile:
                "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n",
            files: ["busybox": "/bin/busybox"])
        try ScratchImage.build(
            tag: worker, dockerfile: "FROM scratch\nCOPY rootfs/ /\n",
            files: try ScratchImage.binaryWithLibraries("/usr/bin/curl"))
    }

    static func repository() throws -> TemporaryRepository {
        try TemporaryRepository(files: [
            "docker-compose.yml": """
            services:
              backend:
                build: ./backend
                image: \(backend)
                container_name: backend
              worker:
                image: \(worker)
                container_name: worker
                healthcheck:
                  test: ["CMD-SHELL", "curl -fs http://localhost:9000/health || exit 1"]

            """,
            "backend/Dockerfile": """
            FROM python:3.11-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl
            CMD ["python3", "-m", "http.server", "8000"]

            """,
            "deploy.sh": """
            #!/bin/sh
            docker exec backend wget -q -O- http://localhost:8000/health
            docker exec worker wget -q -O- http://localhost:9000/health
            docker exec worker celery -A shop inspect ping

            """,
        ])
    }

    func lint(_ arguments: [String], cache: String) throws -> ShipshapeProcess.Result {
        try Self.images.get()
        let directory = try Self.repository()
        return try ShipshapeProcess.run(
            ["lint", directory.path, "--format", "json"] + arguments, environment: ["SHIPSHAPE_CACHE_DIR": cache])
    }

    static func line(_ finding: [String: Any]?) -> Int? {
        ((finding?["location"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int
    }

    static func findings(_ result: ShipshapeProcess.Result) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]])
    }

    @Test func theImageCorrectsTheKnowledgeBase() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-cache-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: cache)
            ScratchImage.remove([Self.backend, Self.worker])
        }
        // Knowledge base only: wget is reported missing from the python build; the private image is unknown.
        let plain = try Self.findings(try lint([], cache: cache))
        let plainTool = plain.filter { $0["ruleID"] as? String == "probe-tool-missing" }
        #expect(plainTool.count == 1)
        #expect((plainTool.first?["message"] as? String)?.contains("wget is not installed") == true)
        #expect(Self.line(plainTool.first) == 2)

        // With the images: the build really holds busybox's wget; the private image has curl and no wget.
        let result = try lint(["--probe-images"], cache: cache)
        let probed = try Self.findings(result)
        let tool = probed.filter { $0["ruleID"] as? String == "probe-tool-missing" }
        #expect(tool.compactMap(Self.line).sorted() == [3, 4], "\(probed)")
        #expect((tool.first { Self.line($0) == 3 }?["message"] as? String)?.contains("curl is available") == true)
        // Any program run by name is looked for along the image's PATH: the worker has no celery.
        #expect((tool.first { Self.line($0) == 4 }?["message"] as? String)?.contains("celery is not installed") == true)
        // The worker has no /bin/sh: its CMD-SHELL healthcheck can never run.
        let shell = probed.filter { $0["ruleID"] as? String == "probe-needs-shell" }
        #expect(shell.count == 1, "\(probed)")
        #expect((shell.first?["message"] as? String)?.contains("has no shell") == true)
        #expect(!plain.contains { $0["ruleID"] as? String == "probe-needs-shell" }, "unknown image: silent")
        let notes = probed.filter { $0["ruleID"] as? String == "probed-image-differs" }
        #expect(notes.count == 1)
        #expect((notes.first?["message"] as? String)?.contains("contains wget (/bin/wget)") == true)
        #expect((notes.first?["message"] as? String)?.contains("lacks curl") == true)

        // A second run answers from the cache (one file per image ID) and finds the same.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/images").count == 2)
        let again = try Self.findings(try lint(["--probe-images"], cache: cache))
        #expect(again.count == probed.count)
    }

    @Test func anUnreachableDaemonExitsThreeWithTheReason() throws {
        let directory = try Self.repository()
        let result = try ShipshapeProcess.run(
            ["lint", directory.path, "--probe-images"],
            environment: ["DOCKER_HOST": "unix:///tmp/shipshape-no-such-docker.sock"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("/tmp/shipshape-no-such-docker.sock"))
    }
}
