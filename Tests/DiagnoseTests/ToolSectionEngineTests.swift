import DockerEngine
import TestSupport
import Testing

@testable import Diagnose

/// Diagnose's tools section against an in-memory engine (a fake: a fast hermetic unit test). The
/// same judgement runs against real containers in DiagnoseScenarioTests.healthCheckWhoseToolIsMissing.
@Suite struct ToolSectionEngineTests {
    static let seedHealthcheck = ["CMD-SHELL", "wget -q --spider http://localhost:8000/health || exit 1"]

    static func diagnosed(_ engine: InMemoryEngine, files: [String], healthcheck: [String]) async throws
        -> DiagnosedContainer
    {
        let id = await engine.addContainer(
            name: "onquota-backend-1", image: "onquota/backend:v2",
            labels: ["com.docker.compose.service": "backend"], env: ["PATH=/usr/local/bin:/usr/bin:/bin"],
            files: files, healthcheck: healthcheck)
        return DiagnosedContainer(details: try await engine.inspectContainer(id), target: nil)
    }

    @Test func theSeedsHealthcheckCallsAToolTheImageLacks() async throws {
        let engine = InMemoryEngine()
        let container = try await Self.diagnosed(
            engine, files: ["/usr/bin/curl", "/bin/sh"], healthcheck: Self.seedHealthcheck)
        let checks = await ToolSection.checks(container, client: engine)
        let manifest = try #require(checks.first { $0.name == "manifest" })
        #expect(manifest.message == "has curl, sh")
        let verdict = try #require(checks.first { $0.name == "healthcheck tools" })
        #expect(verdict.status == .fail)
        #expect(verdict.cause == .probeToolMissing)
        #expect(verdict.message.contains("calls wget, which is not in the container (the image has curl)"))
        #expect(verdict.nextStep?.contains("shipshape wait onquota-backend-1 --http :8000/health") == true)
    }

    @Test func aShellHealthcheckInAnImageWithoutAShellIsNamedAsSuch() async throws {
        let engine = InMemoryEngine()
        let container = try await Self.diagnosed(
            engine, files: ["/usr/bin/curl", "/usr/bin/wget"], healthcheck: Self.seedHealthcheck)
        let verdict = try #require(
            await ToolSection.checks(container, client: engine).first { $0.name == "healthcheck tools" })
        #expect(verdict.cause == .noShell)
    }

    @Test func toolsFoundAlongTheImagesPathPass() async throws {
        let engine = InMemoryEngine()
        let container = try await Self.diagnosed(
            engine, files: ["/usr/local/bin/wget", "/bin/sh"], healthcheck: Self.seedHealthcheck)
        let verdict = try #require(
            await ToolSection.checks(container, client: engine).first { $0.name == "healthcheck tools" })
        #expect(verdict.status == .pass)
    }
}
