import Foundation
import ShipshapeCore
import Testing

@testable import DeployModel

/// A GitHub Action's `action.yml`: found by name, confirmed by its `runs:`, its Docker image and entrypoints
/// read, a composite action's steps read like a workflow job's.
@Suite struct GitHubActionTests {
    func model(_ path: String, _ text: String, namedByUser: Bool = false) -> DeploymentModel {
        let kind = Discovery.kind(ofPath: path, contents: text)
        #expect(kind == .action)
        return DeploymentModel.build([.init(path: path, kind: .action, text: text, namedByUser: namedByUser)])
    }

    @Test func actionNamesAreRecognised() {
        #expect(FileClassifier.kind(forPath: "action.yml") == .action)
        #expect(FileClassifier.kind(forPath: ".github/actions/deploy/action.yaml") == .action)
        #expect(FileClassifier.kind(forPath: "actions.yml") == nil)
        #expect(FileClassifier.kind(forPath: ".github/workflows/action.yml") == .workflow)
    }

    @Test func dockerActionReadsImageEntrypointsAndArguments() throws {
        let found = model(
            "tools/notify/action.yml",
            """
            name: Notify
            runs:
              using: 'docker'
              image: ../docker/Dockerfile
              pre-entrypoint: /setup.sh
              entrypoint: /entrypoint.sh
              post-entrypoint: /cleanup.sh
              args:
                - ${{ inputs.url }}
                - --verbose

            """)
        let action = try #require(found.actions.first)
        #expect(action.isDocker)
        #expect(action.name == "Notify")
        #expect(action.dockerfilePath == "tools/docker/Dockerfile")
        #expect(action.imageReference == nil)
        #expect(action.entrypoint?.value == "/entrypoint.sh")
        #expect(action.entrypoint?.location.start == SourcePosition(line: 6, column: 15))
        #expect(action.preEntrypoint?.value == "/setup.sh")
        #expect(action.postEntrypoint?.value == "/cleanup.sh")
        #expect(action.args.map(\.value) == ["${{ inputs.url }}", "--verbose"])
        #expect(found.workflows.isEmpty)
        #expect(found.problems.isEmpty)
    }

    @Test func dockerReferenceIsAnImageNotADockerfile() {
        let action = GitHubActionParser.parse(
            path: "action.yml", text: "runs:\n  using: docker\n  image: docker://alpine:3.20\n  args: hello\n"
        ).action
        #expect(action.imageReference == "alpine:3.20")
        #expect(action.dockerfilePath == nil)
        #expect(action.args.map(\.value) == ["hello"])
    }

    @Test func compositeStepsAreAJobWhoseScriptsAreRead() throws {
        let found = model(
            "action.yml",
            """
            name: Deploy
            runs:
              using: composite
              steps:
                - uses: actions/checkout@v4
                - shell: bash
                  run: docker exec web curl -fsS http://localhost:8080/health
                - shell: pwsh
                  run: Write-Host done

            """)
        let workflow = try #require(found.workflows.first)
        #expect(workflow.path == "action.yml")
        #expect(workflow.jobs.map(\.id) == ["runs"])
        #expect(workflow.jobs.first?.steps.count == 3)
        #expect(found.actions.first?.isDocker == false)
        // The bash step is a script; the PowerShell one is not.
        #expect(found.shellUnits.count == 1)
        #expect(found.shellUnits.first?.origin == .workflowStep(job: "runs", step: 1))
        #expect(found.shellUnits.first?.script.commands.first?.words.first?.location.start.line == 7)
    }

    @Test func anActionYAMLWithoutRunsIsSkippedWithANoteUnlessNamed() {
        let text = "steps:\n  - echo hello\n"
        let guessed = model("tools/action.yml", text)
        #expect(guessed.actions.isEmpty)
        #expect(guessed.problems.map(\.severity) == [.note])
        #expect(guessed.problems.first?.message.contains("not read as a GitHub Action") == true)
        // Named by the user it is read for what it is (and says nothing).
        let named = model("tools/action.yml", text, namedByUser: true)
        #expect(named.actions.count == 1)
        #expect(named.problems.isEmpty)
    }

    @Test func namedActionFileIsAccepted() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shipshape-action-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("action.yaml").path
        try "runs:\n  using: docker\n  image: Dockerfile\n".write(toFile: path, atomically: true, encoding: .utf8)
        let found = try Discovery.discover([path])
        #expect(found.map(\.kind) == [.action])
        #expect(found.first?.namedByUser == true)
        let walked = try Discovery.discover([directory.path])
        #expect(walked.map { ($0.displayPath as NSString).lastPathComponent } == ["action.yaml"])
        #expect(walked.map(\.kind) == [.action])
    }

    /// Shapes GitHub would reject read as nothing rather than as guesses: `runs` a list or scalar, an
    /// `entrypoint` mapping, `args` of mappings, `steps` a scalar, a path escaping the repository.
    @Test func oddShapesReadAsNothing() {
        for text in [
            "runs: [docker]\n", "runs: docker\n", "runs:\n  using: docker\n  entrypoint: {a: b}\n  args: [{a: b}]\n",
            "runs:\n  using: composite\n  steps: run\n", "runs:\n  using: docker\n  image: ../../../../Dockerfile\n",
            "runs:\n  using: docker\n  image: ${{ inputs.image }}\n", "[unclosed\n",
        ] {
            let (action, steps) = GitHubActionParser.parse(path: "a/action.yml", text: text)
            #expect(action.entrypoint == nil && action.args.isEmpty, "\(text)")
            #expect(steps == nil, "\(text)")
            #expect(action.dockerfilePath == nil || action.dockerfilePath == "../../../Dockerfile", "\(text)")
        }
    }
}
