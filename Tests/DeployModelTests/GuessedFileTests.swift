import ShipshapeCore
import Testing

@testable import DeployModel

/// Files found by a name heuristic that are not what their name suggests are skipped with one note;
/// errors are kept for files the user named or compose reads.
@Suite struct GuessedFileTests {
    static let library = """
        #!/usr/bin/env bash
        # helpers sourced by deploy.sh
        log() {
          echo "[deploy] $*"
        }
        if [ -z "$APP" ]; then APP=web; fi

        """

    func model(_ files: [(String, FileKind, String, Bool)]) -> DeploymentModel {
        DeploymentModel.build(files.map { .init(path: $0.0, kind: $0.1, text: $0.2, namedByUser: $0.3) })
    }

    @Test func shellLibraryNamedEnvIsAScriptWithOneNote() throws {
        let built = model([("scripts/functions.env", .dotenv, Self.library, false)])
        #expect(built.problems.count == 1)
        let note = try #require(built.problems.first)
        #expect(note.severity == .note)
        #expect(note.message.contains("not read as a .env file"))
        #expect(built.envFiles.isEmpty)
        #expect(built.shellUnits.map(\.file) == ["scripts/functions.env"])
    }

    @Test func malformedEnvFileIsAnErrorWhenComposeReadsIt() {
        let compose = "services:\n  web:\n    image: nginx:1.27\n    env_file: [config/app.env]\n"
        let built = model([
            ("config/app.env", .dotenv, Self.library, false), ("docker-compose.yml", .compose, compose, false),
        ])
        #expect(!built.problems.isEmpty)
        #expect(built.problems.allSatisfy { $0.severity == .error })
        #expect(built.envFiles.map(\.path) == ["config/app.env"])
    }

    @Test func malformedEnvFileIsAnErrorWhenNamedOrBesideCompose() {
        let named = model([("functions.env", .dotenv, Self.library, true)])
        #expect(!named.problems.isEmpty && named.problems.allSatisfy { $0.severity == .error })
        let beside = model([
            (".env", .dotenv, "GOOD=1\nnot an assignment\n", false),
            ("compose.yml", .compose, "services:\n  web:\n    image: nginx:1.27\n", false),
        ])
        #expect(beside.problems.map(\.severity) == [.error])
    }

    @Test func helmTemplateOutsideAChartIsNotAManifest() {
        let template = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ .Release.Name }}-web
            spec:
              template:
                spec:
                  containers:
                    - image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"

            """
        #expect(!FileClassifier.looksLikeKubernetes(template))
        let rendered = "apiVersion: v1\nkind: ConfigMap\ndata:\n  rule: 'up == 0 on {{ $labels.instance }}'\n"
        #expect(FileClassifier.looksLikeKubernetes(rendered))
    }

    @Test func templatedComposeThatDoesNotParseIsSkippedWithANote() throws {
        let text =
            "{% if web %}\nservices:\n  web:\n    image: {{ image }}\n    ports: [{% for p in ports %}\"{{ p }}\"{% endfor %}]\n{% endif %}\n"
        let guessed = model([("docker-compose.yml.j2.yml", .compose, text, false)])
        #expect(guessed.problems.map(\.severity) == [.note])
        #expect(guessed.composeFiles.isEmpty)
        let named = model([("docker-compose.yml.j2.yml", .compose, text, true)])
        #expect(named.problems.contains { $0.severity == .error })
    }

    @Test func unsetVariableInPortsIsANoteNotAMalformedFile() throws {
        let compose = """
            services:
              git:
                image: gitea/gitea:1.22
                ports:
                  - "${SSH_PORT:-2222}:${SSH_PORT}"
                  - "3000:3000"

            """
        let unset = model([("docker-compose.yml", .compose, compose, false)])
        let note = try #require(unset.problems.first)
        #expect(unset.problems.count == 1)
        #expect(note.severity == .note)
        #expect(note.message.contains("`SSH_PORT`"))
        #expect(note.location.line == 5)
        let withEnv = model([
            (".env", .dotenv, "SSH_PORT=2222\n", false), ("docker-compose.yml", .compose, compose, false),
        ])
        #expect(withEnv.problems.isEmpty)
        #expect(withEnv.composeFiles.first?.services.first?.ports.compactMap(\.target) == [2222, 3000])
        let broken = model([
            ("compose.yml", .compose, "services:\n  a:\n    image: x\n    ports: [\"80:http\"]\n", false)
        ])
        #expect(broken.problems.map(\.severity) == [.error])
    }

    @Test func unsetVariableNamesFollowComposeDefaults() {
        let interpolator = ComposeInterpolator(environment: ["SET": "1"])
        #expect(interpolator.unsetVariables(in: "${A:-1}:${B}:$C:${SET}:$$D:${E-x}:${F:?need}") == ["B", "C", "F"])
    }
}
