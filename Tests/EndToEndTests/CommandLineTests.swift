import Foundation
import TestSupport
import Testing

/// Flags, formats, configuration and exit codes of the built binary.
@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try ShipshapeProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try ShipshapeProcess.run(["lint", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit codes:"))
    }

    /// One exit-code table for every command: the root help lists it, and each command's help gives
    /// the numbers it uses in its own words, with the same meaning.
    @Test func everyCommandDocumentsTheSharedExitCodes() throws {
        let root = try ShipshapeProcess.run(["help"])
        for line in [
            "  0  success", "  1  findings", "  2  usage", "  3  the Docker Engine", "  4  a deploy failed",
            "  5  another deploy holds the project's lock",
        ] {
            #expect(root.stdout.contains(line), "\(line) missing from:\n\(root.stdout)")
        }
        for command in ["lint", "wait", "diagnose", "deploy", "rollback"] {
            let help = try ShipshapeProcess.run(["help", command])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Exit codes:\n  0  "), "\(command): \(help.stdout)")
            #expect(help.stdout.contains("  2  usage"), "\(command): \(help.stdout)")
            #expect(help.stdout.contains("  3  ") && help.stdout.contains("Docker"), "\(command): \(help.stdout)")
        }
    }

    @Test func failOnNeverExitsZero() throws {
        let result = try ShipshapeProcess.run(["lint", "examples/onquota", "--fail-on", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("probe-tool-missing"))
    }

    @Test func failOnWarningCountsWarnings() throws {
        let directory = try TemporaryRepository(files: [
            "wait.sh": "#!/bin/sh\nuntil curl -fs http://localhost:8080/ >/dev/null 2>&1; do sleep 1; done\n"
        ])
        #expect(try ShipshapeProcess.run(["lint", directory.path]).status == 0)
        #expect(try ShipshapeProcess.run(["lint", directory.path, "--fail-on", "warning"]).status == 1)
    }

    @Test(arguments: [
        ["lint", "does/not/exist"],
        ["lint", "--format", "xml", "examples/onquota"],
        ["lint", "--fail-on", "sometimes", "examples/onquota"],
        ["rules", "no-such-rule"],
        ["frobnicate"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try ShipshapeProcess.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func aNamedActionFileIsLinted() throws {
        let directory = try TemporaryRepository(files: [
            "action.yml": "runs:\n  using: docker\n  image: docker://alpine:3.20\n  entrypoint: bash\n"
        ])
        let result = try ShipshapeProcess.run(["lint", "action.yml"], in: directory.path)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("action.yml:4:15: error: bash is not installed in the image of Docker action"))
    }

    /// `${{ github.repository }}` in a build's tags is the checkout's `origin` (lower-cased): the compose
    /// service running `ghcr.io/acme/shop` is linked to the Dockerfile only once the checkout has that remote.
    @Test func gitHubRepositoryComesFromTheCheckout() throws {
        let directory = try TemporaryRepository(files: [
            ".github/workflows/publish.yml": """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: docker/build-push-action@v6
                    with:
                      push: true
                      tags: ghcr.io/${{ github.repository }}:latest

            """,
            "Dockerfile": "FROM python:3.12-slim\nCMD [\"python\", \"-m\", \"http.server\", \"8000\"]\n",
            "deploy/compose.yml": """
            services:
              shop:
                image: ghcr.io/acme/shop:latest
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8000/"]

            """,
        ])
        let unlinked = try ShipshapeProcess.run(["lint", ".", "--format", "json"], in: directory.path)
        #expect(unlinked.status == 0, "\(unlinked.stdout)")
        for command in [["git", "init", "-q"], ["git", "remote", "add", "origin", "git@github.com:Acme/Shop.git"]] {
            #expect(try HostProcess.run(command, in: directory.path).status == 0)
        }
        let linked = try ShipshapeProcess.run(["lint", "."], in: directory.path)
        #expect(linked.status == 1)
        #expect(linked.stdout.contains("deploy/compose.yml:5:22: error: wget is not installed in the image"))
    }

    @Test func applicationSourcesNeedTheirRule() throws {
        let directory = try TemporaryRepository(files: [
            "app.py": "def f():\n    storage_uri = None\n    logger.info('x', storage='redis')\n"
        ])
        let refused = try ShipshapeProcess.run(["lint", "app.py"], in: directory.path)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("app.py is application source, read only by the opt-in rule log-contradicts-config")
        )
        let enabled = try ShipshapeProcess.run(
            ["lint", "app.py", "--enable", "log-contradicts-config", "--fail-on", "note"], in: directory.path)
        #expect(enabled.status == 1)
        #expect(
            enabled.stdout.contains("app.py:3:30: note: log states storage=\"redis\" but storage_uri is set to None"))
        let unknown = try ShipshapeProcess.run(["lint", ".", "--enable", "no-such-rule"], in: directory.path)
        #expect(unknown.status == 2 && unknown.stderr.contains("Unknown rule 'no-such-rule'"))
        // A `//` pragma silences the finding in JavaScript and Go.
        let suppressed = try TemporaryRepository(files: [
            "server.js":
                "function f() {\n  const store = \"memory\";\n  // shipshape: ignore=log-contradicts-config\n  logger.info({ store: \"redis\" });\n}\n"
        ])
        let silent = try ShipshapeProcess.run(
            ["lint", ".", "--enable", "log-contradicts-config", "--fail-on", "note"], in: suppressed.path)
        #expect(silent.status == 0, "\(silent.stdout)")
        // `--config /dev/null`: no settings at all, so the opt-in rule stays off.
        let none = try ShipshapeProcess.run(["lint", ".", "--config", "/dev/null"], in: directory.path)
        #expect(none.status == 0 && none.stdout.contains("No problems found"), "\(none.stderr)")
    }

    @Test func badConfigurationExitsTwoWithItsLocation() throws {
        let directory = try TemporaryRepository(files: [
            ".shipshape.yml": "disabled_rules: [no-such-rule]\n", "deploy.sh": "#!/bin/sh\ntrue\n",
        ])
        let result = try ShipshapeProcess.run(["lint", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown rule 'no-such-rule'"))
    }

    @Test func configurationDisablesRulesAndChangesSeverity() throws {
        let directory = try TemporaryRepository(files: [:])
        try directory.copy(from: "examples/onquota")
        // Replaces the example's own configuration.
        try directory.write(
            ".shipshape.yml",
            Data(
                ("disabled_rules: [probe-port-mismatch, url-credentials-unencoded, busybox-wget-localhost]\n"
                    + "severity:\n  probe-tool-missing: warning\n").utf8))
        let result = try ShipshapeProcess.run(["lint", directory.path, "--format", "json"])
        let findings = try JSONFindings.parse(result.stdout)
        #expect(!findings.contains { $0.rule == "probe-port-mismatch" })
        #expect(findings.contains { $0.rule == "probe-tool-missing" && $0.severity == "warning" })
        #expect(result.status == 0)
    }

    @Test func inlinePragmaSuppressesOneFinding() throws {
        let compose = "services:\n  api:\n    image: python:3.11-slim\n    container_name: api\n"
        let plain = try TemporaryRepository(files: [
            "docker-compose.yml": compose, "deploy.sh": "#!/bin/sh\ndocker exec api wget -qO- http://localhost/\n",
        ])
        #expect(try ShipshapeProcess.run(["lint", plain.path]).status == 1)
        let suppressed = try TemporaryRepository(files: [
            "docker-compose.yml": compose,
            "deploy.sh":
                "#!/bin/sh\n# shipshape: ignore=probe-tool-missing\ndocker exec api wget -qO- http://localhost/\n",
        ])
        #expect(try ShipshapeProcess.run(["lint", suppressed.path]).status == 0)
    }

    @Test func sarifAndGitHubFormats() throws {
        let sarif = try ShipshapeProcess.run(["lint", "examples/onquota", "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let github = try ShipshapeProcess.run(["lint", "examples/onquota", "--format", "github"])
        #expect(
            github.stdout.contains(
                "::error file=examples/onquota/.github/workflows/deploy-production-enhanced.yml,line="))
    }

    @Test func outputFileReceivesTheReport() throws {
        let directory = try TemporaryRepository(files: [:])
        let path = directory.path + "/report.json"
        let result = try ShipshapeProcess.run(["lint", "examples/onquota", "--format", "json", "--output", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try JSONFindings.parse(written).contains { $0.rule == "probe-tool-missing" })
    }

    @Test func rulesListsAndExplains() throws {
        let list = try ShipshapeProcess.run(["rules"])
        #expect(list.status == 0)
        for rule in ["probe-tool-missing", "probe-output-silenced", "unknown-container", "probe-port-mismatch"] {
            #expect(list.stdout.contains(rule))
        }
        let page = try ShipshapeProcess.run(["rules", "probe-tool-missing"])
        #expect(page.stdout.hasPrefix("# probe-tool-missing"))
        #expect(page.stdout.contains("## Reported"))
    }

    @Test func explicitFileArguments() throws {
        let result = try ShipshapeProcess.run([
            "lint", "examples/onquota/.github/workflows/deploy-production-enhanced.yml",
            "examples/onquota/docker-compose.production.yml", "examples/onquota/backend/Dockerfile.production",
            "examples/onquota/frontend/Dockerfile.production", "--format", "json",
        ])
        let findings = try JSONFindings.parse(result.stdout)
        #expect(findings.contains { $0.rule == "probe-tool-missing" })
    }
}

/// A directory of files under the temporary directory, removed when released.
final class TemporaryRepository {
    let path: String

    init(files: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("shipshape-repo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, Data(text.utf8)) }
    }

    func write(_ name: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Copies a folder of the package into this repository.
    func copy(from relative: String) throws {
        let source = ShipshapeProcess.packageRoot.appendingPathComponent(relative)
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(
                atPath: source.appendingPathComponent(item).path, toPath: path + "/" + item)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
