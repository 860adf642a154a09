import DeployModel
import Foundation
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

    /// Programs other than probe tools are checked only along a probed image's PATH, and only when run by
    /// bare name: a relative or absolute path is not looked up along PATH.
    @Test func anyProgramRunByNameIsCheckedAlongThePathOfAProbedImage() throws {
        let files = [
            "deploy.sh": """
            #!/bin/sh
            docker exec app celery -A shop inspect ping
            docker exec app ./manage.py check
            docker exec app /opt/app/bin/worker --health
            docker exec app gunicorn --check-config app:app

            """,
            "docker-compose.yml":
                "services:\n  app:\n    image: registry.internal.test/team/app:1.4\n    container_name: app\n",
        ]
        #expect(ExampleRunner.findings(of: ProbeToolMissingRule.self, in: files).isEmpty, "unknown image: silent")
        let inputs = files.compactMap { path, text in
            Discovery.kind(ofPath: path, contents: text).map { DeploymentModel.Input(path: path, kind: $0, text: text) }
        }
        let requests = ImageProbePlan.requests(for: DeploymentModel.build(inputs))
        let asked = try #require(requests["registry.internal.test/team/app:1.4"])
        #expect(asked.isSuperset(of: ["celery", "gunicorn", "curl", "wget"]))
        #expect(!asked.contains("sh") && !asked.contains("./manage.py"))
        let observed = ObservedImage(
            reference: "registry.internal.test/team/app:1.4", id: "sha256:" + String(repeating: "cd", count: 32),
            path: ["/usr/local/bin", "/usr/bin"], found: ["gunicorn": ObservedProgram(path: "/usr/local/bin/gunicorn")],
            checked: asked.union(["manage.py", "worker"]), hasShell: true)
        let findings = ExampleRunner.findings(of: ProbeToolMissingRule.self, in: files, images: [observed])
        #expect(findings.map(\.location.start.line) == [2], "\(findings.map(\.message))")
        #expect(findings.first?.message.contains("celery is not installed") == true)
    }

    /// A `CMD-SHELL` healthcheck on an image the probe found without `/bin/sh` is reported, also when the
    /// image is compose's own name for a build (`PROJECT-SERVICE`, the project being the working directory).
    @Test func shellFormHealthcheckOnAProbedImageWithoutShell() {
        let healthcheck =
            "    healthcheck:\n      test: [\"CMD-SHELL\", \"curl -f http://localhost:8000/ || exit 1\"]\n"
        let pulled = [
            "docker-compose.yml": "services:\n  app:\n    image: registry.internal.test/team/app:1.4\n" + healthcheck
        ]
        #expect(ExampleRunner.findings(of: ProbeNeedsShellRule.self, in: pulled).isEmpty, "unknown image: silent")
        var observed = Self.image("registry.internal.test/team/app:1.4", found: ["curl": "/usr/bin/curl"])
        observed.hasShell = false
        let findings = ExampleRunner.findings(of: ProbeNeedsShellRule.self, in: pulled, images: [observed])
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("has no shell") == true)

        let built = [
            "docker-compose.yml": "services:\n  app:\n    build: ./app\n" + healthcheck,
            "app/Dockerfile": "FROM registry.internal.test/team/base:2\nCOPY app /app\n",
        ]
        let project = (FileManager.default.currentDirectoryPath as NSString).lastPathComponent.lowercased()
            .filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        var local = Self.image("\(project)-app", found: ["curl": "/usr/bin/curl"])
        local.hasShell = false
        let inputs = built.compactMap { path, text in
            Discovery.kind(ofPath: path, contents: text).map { DeploymentModel.Input(path: path, kind: $0, text: text) }
        }
        #expect(ImageProbePlan.requests(for: DeploymentModel.build(inputs)).keys.sorted() == ["\(project)-app"])
        #expect(ExampleRunner.findings(of: ProbeNeedsShellRule.self, in: built, images: [local]).count == 1)
    }
}
