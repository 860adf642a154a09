import Foundation
import Testing

@testable import DeployModel

/// Files whose name says little are confirmed by content: compose files under any YAML name,
/// example copies, `Dockerfile-*`; unrelated YAML with a `services:` key stays out.
@Suite struct ContentDiscoveryTests {
    func write(_ content: String, to relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try content.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func composeFilesAreFoundByContent() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let compose = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n"
        let files: [String: String] = [
            "docker-tests.yml": compose,
            "stack.yml": "version: \"3.8\"\nservices:\n\n  api:\n    build: ./api\n",
            "docker-compose.yml.example": compose,
            "deploy/local-docker-compose.yml": compose,
            "example-docker-compose.yaml": compose,
            "config.yml.dist": "services:\n  mailer:\n    url: smtp://localhost\n",
            ".gitlab-ci.yml": "services:\n  - postgres:16\ntest:\n  script: [make test]\n",
            "mkdocs.yml": "site_name: docs\nnav:\n  - index.md\n",
            "Dockerfile-alpine": "FROM alpine:3.20\n",
            "Dockerfile_dev": "FROM node:20\n",
        ]
        for (path, content) in files { try write(content, to: path, in: root) }
        let found = try Discovery.discover([root.path])
        let kinds = Dictionary(
            uniqueKeysWithValues: found.map {
                ($0.displayPath.replacingOccurrences(of: root.path + "/", with: ""), $0.kind)
            })
        #expect(
            kinds == [
                "docker-tests.yml": .compose, "stack.yml": .compose, "docker-compose.yml.example": .compose,
                "deploy/local-docker-compose.yml": .compose, "example-docker-compose.yaml": .compose,
                "Dockerfile-alpine": .dockerfile, "Dockerfile_dev": .dockerfile,
            ])
    }

    @Test func composeSniffNeedsAServiceMappingWithComposeKeys() {
        #expect(FileClassifier.looksLikeCompose("services:\n  db:\n    image: postgres:16\n"))
        #expect(FileClassifier.looksLikeCompose("# stack\nservices:\n  # the api\n  api:\n    build: .\n"))
        #expect(!FileClassifier.looksLikeCompose("services:\n  - redis\n"))
        #expect(!FileClassifier.looksLikeCompose("services:\n  smtp:\n    host: mail\n"))
        #expect(!FileClassifier.looksLikeCompose("other:\n  services:\n    db:\n      image: x\n"))
    }

    @Test func dockerfileNamedByPatternWithoutFromIsANote() {
        let model = DeploymentModel.build([.init(path: "Dockerfile-notes", kind: .dockerfile, text: "# not a build\n")])
        #expect(model.dockerfiles.isEmpty)
        #expect(model.problems.map(\.severity) == [.note])
    }

    @Test func symlinkLoopsEndAndLinkedDirectoriesAreWalkedOnce() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("FROM alpine:3.20\n", to: "app/Dockerfile", in: root)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("app/self").path,
            withDestinationPath: root.appendingPathComponent("app").path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("broken").path, withDestinationPath: "/no/such/target")
        let found = try Discovery.discover([root.path])
        #expect(found.map(\.kind) == [.dockerfile])
    }
}
