import Foundation
import TestSupport
import Testing

@testable import DeployModel

@Suite struct DiscoveryTests {
    func write(_ content: String, to relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try content.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func walksATreeWithSkipsShebangsAndIgnores() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let files: [String: String] = [
            ".github/workflows/ci.yml": "on: push\njobs: {}\n",
            ".github/workflows/release.yaml": "on: push\njobs: {}\n",
            ".github/workflows/README.md": "docs",
            ".github/dependabot.yml": "version: 2\n",
            "Dockerfile": "FROM alpine\n",
            "backend/Dockerfile.prod": "FROM alpine\n",
            "backend/api.Dockerfile": "FROM alpine\n",
            "backend/Dockerfile.dockerignore": "*.pyc\n",
            "docker-compose.yml": "services: {}\n",
            "docker-compose.override.yml": "services: {}\n",
            "deploy/compose.prod.yaml": "services: {}\n",
            "deploy/compose-staging.yml": "services: {}\n",
            ".env": "A=1\n",
            ".env.example": "A=1\n",
            ".env.md": "doc\n",
            "deploy/backend.env": "A=1\n",
            "scripts/deploy.sh": "echo hi\n",
            "scripts/lib.bash": "echo hi\n",
            "scripts/migrate": "#!/usr/bin/env bash\necho\n",
            "scripts/entry": "#!/bin/sh -e\necho\n",
            "scripts/tool": "#!/usr/bin/env python3\nprint()\n",
            "scripts/notes.txt": "#!/bin/sh\n",
            "node_modules/pkg/install.sh": "echo\n",
            ".git/hooks/pre-commit.sh": "echo\n",
            "vendor/x/Dockerfile": "FROM x\n",
            ".build-linux/x.sh": "echo\n",
            "docs/deploy.sh": "echo\n",
            "old/run.sh.bak": "echo\n",
            "examples/old/compose.yml": "services: {}\n",
            "examples/new/compose.yml": "services: {}\n",
        ]
        for (path, content) in files { try write(content, to: path, in: root) }
        // A symlink loop must not hang the walk.
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("scripts/loop").path, withDestinationPath: root.path)

        let found = try Discovery.discover([root.path], ignore: ["docs/**", "*.bak", "examples/old/*"])
        // Display paths start with the directory as given, so they are clickable from where lint ran.
        let summary = found.map {
            "\($0.displayPath.replacingOccurrences(of: root.path + "/", with: "")) \($0.kind.rawValue)"
        }
        #expect(found.allSatisfy { $0.displayPath.hasPrefix(root.path + "/") })
        #expect(
            summary == [
                ".env dotenv",
                ".env.example dotenv",
                ".github/workflows/ci.yml workflow",
                ".github/workflows/release.yaml workflow",
                "Dockerfile dockerfile",
                "backend/Dockerfile.prod dockerfile",
                "backend/api.Dockerfile dockerfile",
                "deploy/backend.env dotenv",
                "deploy/compose-staging.yml compose",
                "deploy/compose.prod.yaml compose",
                "docker-compose.override.yml compose",
                "docker-compose.yml compose",
                "examples/new/compose.yml compose",
                "scripts/deploy.sh shellScript",
                "scripts/entry shellScript",
                "scripts/lib.bash shellScript",
                "scripts/migrate shellScript",
            ])
        #expect(found.first?.path == root.path + "/.env")
    }

    /// `shipshape lint .github` and `lint .github/workflows` (also through a symlink, also as `./x/`) find the
    /// workflows a walk from the repository root finds; a subdirectory of `workflows` is not read by GitHub.
    @Test func workflowsFoundWhenTheWalkStartsInsideGitHubDirectory() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("on: push\njobs: {}\n", to: ".github/workflows/ci.yml", in: root)
        try write("on: push\njobs: {}\n", to: ".github/workflows/nested/old.yml", in: root)
        try write("version: 2\n", to: ".github/dependabot.yml", in: root)
        // A link from elsewhere (inside the root, the walk from the root would meet the directory twice).
        let elsewhere = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let link = elsewhere.appendingPathComponent("ci").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: root.appendingPathComponent(".github/workflows").path)
        let github = root.appendingPathComponent(".github").path
        for path in [github, github + "/", github + "/workflows", github + "/workflows/", link] {
            let found = try Discovery.discover([path])
            #expect(found.map(\.kind) == [.workflow], "\(path)")
            #expect(found.first?.path.hasSuffix("ci.yml") == true, "\(path)")
        }
        // The same walk from the root: no change.
        #expect(try Discovery.discover([root.path]).map(\.kind) == [.workflow])
    }

    @Test func explicitFilesAreClassifiedByNameThenContent() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("services:\n  web:\n    image: x\n", to: "stack.yml", in: root)
        try write("on: push\njobs:\n  a: {}\n", to: "pipeline.yml", in: root)
        try write("#!/bin/bash\necho\n", to: "run", in: root)
        try write("# syntax=docker/dockerfile:1\nFROM alpine\n", to: "Buildfile", in: root)
        try write("hello\n", to: "notes.txt", in: root)
        try write("FROM x\n", to: "Dockerfile", in: root)
        let names = ["stack.yml", "pipeline.yml", "run", "Buildfile", "Dockerfile"]
        let found = try Discovery.discover(names.map { root.appendingPathComponent($0).path })
        let kinds = Dictionary(
            uniqueKeysWithValues: found.map { (($0.displayPath as NSString).lastPathComponent, $0.kind) })
        #expect(
            kinds == [
                "stack.yml": .compose, "pipeline.yml": .workflow, "run": .shellScript, "Buildfile": .dockerfile,
                "Dockerfile": .dockerfile,
            ])
        #expect(found.allSatisfy { $0.displayPath == $0.path })
        #expect(throws: DeployModelError.self) {
            try Discovery.discover([root.appendingPathComponent("notes.txt").path])
        }
    }

    @Test func missingPathThrowsActionableError() {
        #expect(throws: DeployModelError.pathNotFound("/no/such/dir")) { try Discovery.discover(["/no/such/dir"]) }
        #expect(DeployModelError.pathNotFound("x").errorDescription?.contains("no such file") == true)
    }

    @Test func globs() {
        #expect(Glob("docs/**").matches("docs/a/b.sh"))
        #expect(!Glob("docs/**").matches("src/docs.sh"))
        #expect(Glob("*.bak").matches("a/b/c.bak"))
        #expect(Glob("examples/old/*").matches("examples/old/x.yml"))
        #expect(!Glob("examples/old/*").matches("examples/old/deeper/x.yml"))
        #expect(Glob("**/test?.sh").matches("a/b/test1.sh"))
        #expect(Glob("**/test?.sh").matches("test1.sh"))
        #expect(Glob("[ab].sh").matches("a.sh"))
        #expect(Glob("docs/**").coversDirectory("docs"))
    }

    @Test func shebangs() {
        for line in [
            "#!/bin/sh", "#!/usr/bin/env bash", "#!/bin/bash -e", "#!/bin/dash", "#! /bin/ash",
            "#!/usr/bin/env -S zsh -f",
        ] {
            #expect(FileClassifier.isShellShebang(line), "\(line)")
        }
        for line in ["#!/usr/bin/env python3", "# /bin/sh", "#!/usr/bin/perl"] {
            #expect(!FileClassifier.isShellShebang(line), "\(line)")
        }
    }

    @Test func tenThousandFilesQuickly() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for directory in 0..<100 {
            let url = root.appendingPathComponent("d\(directory)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for file in 0..<100 {
                let name = file % 10 == 0 ? "s\(file).sh" : "f\(file)"
                _ = FileManager.default.createFile(
                    atPath: url.appendingPathComponent(name).path, contents: Data("x\n".utf8))
            }
        }
        let start = Stopwatch()
        let found = try Discovery.discover([root.path])
        #expect(found.count == 1_000)
        #expect(start.seconds < 30)
    }

    /// Names of every length up to the 255-byte maximum, and symlinks, come back whole and typed: the listing
    /// reads each `readdir` record through its pointer (copying a whole `dirent` read past short records and
    /// crashed `lint .` now and then).
    @Test func directoryListingReadsEveryNameLengthAndType() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        var expected: [String: Bool] = [:]
        for length in 1...255 {
            let name = String(repeating: length % 2 == 0 ? "a" : "b", count: length)
            let isDirectory = length % 7 == 0
            if isDirectory {
                try FileManager.default.createDirectory(
                    at: root.appendingPathComponent(name), withIntermediateDirectories: false)
            } else {
                _ = FileManager.default.createFile(atPath: root.appendingPathComponent(name).path, contents: nil)
            }
            expected[name] = isDirectory
        }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("link").path, withDestinationPath: String(repeating: "b", count: 7))
        expected["link"] = true
        for _ in 0..<20 {
            guard case .success(let entries) = DirectoryListing.entries(of: root.path) else {
                Issue.record("listing failed")
                return
            }
            #expect(Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.isDirectory) }) == expected)
        }
    }
}
