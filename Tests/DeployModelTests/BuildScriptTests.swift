import ShellSyntax
import ShipshapeCore
import Testing

@testable import DeployModel

/// Makefile recipes and `package.json` scripts are read as the shell scripts they are.
@Suite struct BuildScriptTests {
    func units(_ path: String, _ text: String) -> [ShellUnit] {
        guard let kind = Discovery.kind(ofPath: path, contents: text) else { return [] }
        return DeploymentModel.build([.init(path: path, kind: kind, text: text)]).shellUnits
    }

    @Test func makefileNamesAreRecognised() {
        #expect(FileClassifier.kind(forPath: "Makefile") == .makefile)
        #expect(FileClassifier.kind(forPath: "sub/GNUmakefile") == .makefile)
        #expect(FileClassifier.kind(forPath: "mk/docker.mk") == .makefile)
        #expect(FileClassifier.kind(forPath: "web/package.json") == .packageScripts)
        #expect(FileClassifier.kind(forPath: "web/package-lock.json") == nil)
    }

    @Test func recipesExpandMakeVariablesAndKeepPositions() throws {
        let text = """
            REGISTRY ?= ghcr.io/acme
            IMAGE := $(REGISTRY)/api
            TAG = $(shell git describe)
            ifeq ($(CI),true)
            MODE = ci
            else
            MODE = local
            endif
            .PHONY: build
            build:
            \t@echo building $(IMAGE)
            \t-docker build -t $(IMAGE):$(TAG) \\
            \t  --build-arg MODE=$(MODE) -f api/Dockerfile .
            \tfor f in $$(ls); do echo $$f; done
            define HELP
            \tnot a recipe
            endef

            """
        let found = units("Makefile", text)
        #expect(found.count == 3)
        let build = try #require(found[safe: 1])
        let words = try #require(build.script.commands.first?.words)
        #expect(words.map(\.value).prefix(4) == ["docker", "build", "-t", "ghcr.io/acme/api:${TAG}"])
        // Unknown to the Makefile (set in both branches differently, or from the shell): an expansion.
        #expect(words[3].literal == nil)
        #expect(words.map(\.value).contains("MODE=${MODE}"))
        // Positions point into the Makefile: the `docker` of line 12, after the tab and `-`.
        #expect(words[0].location.start == SourcePosition(line: 12, column: 3))
        #expect(words.last?.location.start.line == 13)
        // `$$` is the shell's `$`.
        #expect(found[safe: 2]?.script.commands.contains { $0.words.map(\.value).contains("$f") } == true)
    }

    @Test func packageScriptsAreCommandsAtTheirValues() throws {
        let text = """
            {
              "name": "web",
              "scripts": {
                "build": "next build",
                "docker:build": "docker build -t acme/web:latest -f Dockerfile.prod ."
              },
              "dependencies": {"next": "14.0.0"}
            }

            """
        let found = units("web/package.json", text)
        #expect(found.count == 2)
        let docker = try #require(found.last?.script.commands.first)
        #expect(
            docker.words.map(\.value) == ["docker", "build", "-t", "acme/web:latest", "-f", "Dockerfile.prod", "."])
        #expect(docker.location.start == SourcePosition(line: 5, column: 22))
        #expect(found.allSatisfy { $0.file == "web/package.json" })
    }

    @Test func packageJSONThatIsNotJSONGivesNoScriptsAndNoError() {
        let model = DeploymentModel.build([.init(path: "package.json", kind: .packageScripts, text: "{ nope")])
        #expect(model.shellUnits.isEmpty)
        #expect(model.problems.isEmpty)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
