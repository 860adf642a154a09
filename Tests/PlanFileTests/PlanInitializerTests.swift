import DeployModel
import Foundation
import Plan
import Testing

@testable import PlanFile

@Suite struct PlanInitializerTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func compose(_ text: String, path: String = "app/compose.yml") -> ComposeFile {
        ComposeParser.parse(path: path, text: text)
    }

    @Test func onquotaExample() throws {
        let path = "examples/onquota/docker-compose.production.yml"
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let draft = PlanInitializer.draft(from: [ComposeParser.parse(path: path, text: text)])
        #expect(draft.plan.targets.map(\.name) == ["postgres", "redis", "backend", "frontend"])
        #expect(draft.plan.targets[0].reference == .container("onquota-postgres"))
        #expect(draft.plan.targets[0].probes == [.dockerHealth])
        // The backend's healthcheck fetches http://localhost:8000/api/v1/health: probed from outside
        // first (no tool in the image needed), Docker's health kept as the second signal.
        #expect(
            draft.plan.targets[2].probes == [.http(HTTPProbeSpec(port: 8000, path: "/api/v1/health")), .dockerHealth])
        #expect(draft.plan.targets[3].probes == [.http(HTTPProbeSpec(port: 3001, path: "/health"))])
        let yaml = PlanWriter.yaml(draft)
        #expect(yaml.contains("      path: /health  # TODO: confirm the health path\n"))
        #expect(yaml.contains("# TODO: confirm that port 3001 speaks HTTP"))
        #expect(try PlanFileParser.parse(text: yaml, path: "shipshape.yml", environment: [:]) == draft.plan)
    }

    @Test func servicesWithoutContainerNames() {
        let file = compose(
            """
            services:
              api:
                build: .
                expose: ["8080"]
              db:
                image: docker.io/bitnami/postgresql:16
                ports: ["5433:5432"]
              cache:
                image: redis:7
              queue:
                image: example/worker
              multi:
                image: example/multi
                ports: ["9100:9100", "8000:8000"]
              opaque:
                image: example/opaque
                ports: ["7000:7000", "7001:7001"]
              migrate:
                image: example/api
                profiles: [tools]
            """, path: "My App/compose.yml")
        let draft = PlanInitializer.draft(from: [file])
        let plan = draft.plan
        #expect(plan.targets.map(\.name) == ["api", "db", "cache", "queue", "multi", "opaque"])
        #expect(plan.targets[0].reference == .composeService(service: "api", project: "myapp"))
        #expect(plan.targets[0].probes == [.http(HTTPProbeSpec(port: 8080, path: "/health"))])
        #expect(plan.targets[1].probes == [.tcp(port: 5432)])
        #expect(plan.targets[2].probes == [.tcp(port: 6379)])
        #expect(plan.targets[3].probes.isEmpty)
        #expect(draft.notes["queue"]?.comments.first?.contains("running") == true)
        #expect(plan.targets[4].probes == [.http(HTTPProbeSpec(port: 8000, path: "/health"))])
        #expect(plan.targets[5].probes.isEmpty)
        #expect(draft.notes["opaque"]?.comments.first?.contains("7000, 7001") == true)
    }

    @Test func composeNameAndOverrides() {
        let base = compose("name: shop\nservices:\n  web:\n    image: nginx\n")
        let override = compose(
            "services:\n  web:\n    ports: [\"80:80\"]\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n",
            path: "app/compose.override.yml")
        let plan = PlanInitializer.plan(from: [base, override])
        #expect(
            plan.targets == [
                TargetSpec(
                    name: "web", reference: .composeService(service: "web", project: "shop"), probes: [.dockerHealth])
            ])
        let disabled = compose(
            "services:\n  web:\n    image: nginx\n    healthcheck:\n      disable: true\n", path: "compose.yml")
        let fallback = PlanInitializer.plan(from: [disabled])
        #expect(fallback.targets.first?.reference == .composeService(service: "web", project: nil))
        #expect(fallback.targets.first?.probes.isEmpty == true)
    }

    @Test func emptyComposeWritesAValidPlan() throws {
        let plan = PlanInitializer.plan(from: [compose("services: {}\n")])
        let text = PlanWriter.yaml(plan)
        #expect(try PlanFileParser.parse(text: text, path: "s.yml", environment: [:]) == plan)
    }
}
