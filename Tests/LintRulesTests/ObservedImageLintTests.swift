import DeployModel
import ShipshapeCore
import Testing

@testable import LintRules

/// `--probe-images` observations take precedence over the knowledge base in every rule.
@Suite struct ObservedImageLintTests {
    static let workflow = """
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - run: docker exec app wget -q -O- http://localhost:8000/health

        """

    static func files(image: String) -> [String: String] {
        [
            ".github/workflows/deploy.yml": workflow,
            "docker-compose.yml": "services:\n  app:\n    image: \(image)\n    container_name: app\n",
        ]
    }

    static func image(_ reference: String, found: [String: String]) -> ObservedImage {
        ObservedImage(
            reference: reference, id: "sha256:" + String(repeating: "ab", count: 32), path: ["/usr/bin", "/bin"],
            found: found.mapValues { ObservedProgram(path: $0) }, checked: ["wget", "curl", "busybox"],
            hasShell: true)
    }

    @Test func theKnowledgeBaseAloneReportsTheMissingTool() {
        let findings = ExampleRunner.findings(of: ProbeToolMissingRule.self, in: Self.files(image: "python:3.11-slim"))
        #expect(findings.count == 1)
    }

    @Test func anImageThatHasTheToolSilencesTheFinding() {
        let observed = Self.image("python:3.11-slim", found: ["wget": "/usr/bin/wget"])
        let files = Self.files(image: "python:3.11-slim")
        #expect(ExampleRunner.findings(of: ProbeToolMissingRule.self, in: files, images: [observed]).isEmpty)
        let notes = ExampleRunner.findings(of: ProbedImageDiffersRule.self, in: files, images: [observed])
        #expect(notes.map(\.message).first?.contains("contains wget (/usr/bin/wget)") == true)
    }

    @Test func anUnknownPrivateImageBecomesKnownByLookingIntoIt() {
        let files = Self.files(image: "registry.internal.test/team/app:1.4")
        #expect(ExampleRunner.findings(of: ProbeToolMissingRule.self, in: files).isEmpty, "unknown: silent")
        let observed = Self.image("registry.internal.test/team/app:1.4", found: ["curl": "/usr/bin/curl"])
        let findings = ExampleRunner.findings(of: ProbeToolMissingRule.self, in: files, images: [observed])
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("wget is not installed") == true)
        #expect(findings.first?.message.contains("sha256:abababababab") == true)
        #expect(findings.first?.message.contains("curl is available") == true)
    }

    @Test func probeRequestsNameEveryRunImageWithTheProgramsUsedInIt() {
        let inputs = Self.files(image: "python:3.11-slim").compactMap { path, text in
            Discovery.kind(ofPath: path, contents: text).map { DeploymentModel.Input(path: path, kind: $0, text: text) }
        }
        let requests = ImageProbePlan.requests(for: DeploymentModel.build(inputs))
        #expect(requests.keys.sorted() == ["python:3.11-slim"])
        #expect(requests["python:3.11-slim"]?.isSuperset(of: ["wget", "curl", "busybox"]) == true)
    }
}
