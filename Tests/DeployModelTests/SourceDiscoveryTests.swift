import Foundation
import Testing

@testable import DeployModel

/// Application sources are read only when a rule asks for them, and never from tests or build output.
@Suite struct SourceDiscoveryTests {
    static let files: [String: String] = [
        "Dockerfile": "FROM alpine\n",
        "backend/core/rate_limiter.py": "logger.info('x', storage='redis')\n",
        "backend/tests/test_limits.py": "x = 1\n",
        "backend/core/test_helpers.py": "x = 1\n",
        "web/src/server.ts": "export const a = 1;\n",
        "web/src/server.test.ts": "test('x', () => {});\n",
        "web/src/types.d.ts": "declare const a: number;\n",
        "web/dist/bundle.js": "var a=1;\n",
        "web/public/vendor.min.js": "var a=1;\n",
        "web/node_modules/pkg/index.js": "module.exports = 1;\n",
        "cmd/api/main.go": "package main\n",
        "cmd/api/main_test.go": "package main\n",
        "internal/testdata/fixture.go": "package testdata\n",
        "notes/readme.txt": "storage=redis\n",
    ]

    func discover(applicationSources: Bool) throws -> [String] {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, content) in Self.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return try Discovery.discover([root.path], applicationSources: applicationSources).map {
            "\($0.displayPath.replacingOccurrences(of: root.path + "/", with: "")) \($0.kind.rawValue)"
        }.sorted()
    }

    /// Python and JavaScript files are only listed (`interpreterScript`): `DeploymentModel.load` reads one when
    /// a deploy file names it (a health check's `python /app/healthcheck.py`); Go files are not listed.
    @Test func sourcesAreNotDiscoveredByDefault() throws {
        #expect(
            try discover(applicationSources: false) == [
                "Dockerfile dockerfile",
                "backend/core/rate_limiter.py interpreterScript",
                "backend/core/test_helpers.py interpreterScript",
                "backend/tests/test_limits.py interpreterScript",
                "web/dist/bundle.js interpreterScript",
                "web/src/server.test.ts interpreterScript",
                "web/src/server.ts interpreterScript",
            ])
    }

    @Test func productionSourcesAreDiscoveredWhenAsked() throws {
        #expect(
            try discover(applicationSources: true) == [
                "Dockerfile dockerfile",
                "backend/core/rate_limiter.py applicationSource",
                "backend/core/test_helpers.py interpreterScript",
                "backend/tests/test_limits.py interpreterScript",
                "cmd/api/main.go applicationSource",
                "web/dist/bundle.js interpreterScript",
                "web/src/server.test.ts interpreterScript",
                "web/src/server.ts applicationSource",
            ])
    }

    @Test func sourcesAreParsedIntoFacts() throws {
        let model = DeploymentModel.build([
            .init(path: "app.py", kind: .applicationSource, text: "def f():\n    x = Limiter(storage_uri=None)\n")
        ])
        #expect(model.applicationSources.map(\.file) == ["app.py"])
        #expect(model.applicationSources.first?.settings.map(\.name) == ["x", "storage_uri"])
    }
}
