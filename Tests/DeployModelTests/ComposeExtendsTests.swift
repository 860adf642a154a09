import Testing

@testable import DeployModel

/// `extends:` gives a service its base's keys, from the same file or another compose file that was read.
@Suite struct ComposeExtendsTests {
    func model(_ files: [String: String]) -> DeploymentModel {
        DeploymentModel.build(files.keys.sorted().map { .init(path: $0, kind: .compose, text: files[$0] ?? "") })
    }

    @Test func baseKeysComeThroughAndOwnKeysWin() throws {
        let built = model([
            "deploy/common.yml": """
            services:
              app:
                build: ../app
                ports: ["8000:8000"]
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
                depends_on: [db]
            """,
            "deploy/compose.yml": """
            services:
              web:
                extends: {file: common.yml, service: app}
                ports: ["9000:9000"]
              worker:
                extends: web
                command: celery -A shop worker
              lost:
                extends: {file: missing.yml, service: app}
              loop:
                extends: loop
            """,
        ])
        let file = try #require(built.composeFiles.first { $0.path == "deploy/compose.yml" })
        let web = try #require(file.service(named: "web"))
        #expect(web.build?.dockerfile == "app/Dockerfile")
        #expect(web.ports.compactMap(\.published) == ["8000", "9000"])
        #expect(web.healthcheck != nil)
        #expect(web.dependsOn.isEmpty, "depends_on is not inherited")
        #expect(web.location.file == "deploy/compose.yml" && web.name == "web")
        #expect(web.extends?.resolved == true)
        // Two links: worker → web → common.yml's app.
        let worker = try #require(file.service(named: "worker"))
        #expect(worker.build?.dockerfile == "app/Dockerfile" && worker.command != nil)
        #expect(worker.extends?.resolved == true)
        #expect(file.service(named: "lost")?.extends?.resolved == false)
        #expect(file.service(named: "loop")?.extends?.resolved == false)
    }
}
