import Foundation
import Testing

/// Hostile Kubernetes manifests through the CLI: a parse-error naming the file and the line, the
/// other documents and files still linted, never a crash or a hang.
@Suite struct KubernetesHostileInputTests {
    static let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n"

    static var aliasBomb: String {
        var text = pod + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        return text
    }

    /// A manifest whose probe calls wget in an image without it: must still be found.
    static let goodDocument = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: python:3.11-slim
                  livenessProbe: {exec: {command: [wget, -q, "http://localhost:8000/"]}}

        """

    @Test(arguments: [
        ("malformed", pod + "spec: [unclosed\n", 5),
        ("bomb", aliasBomb, 1),
        (
            "deep",
            pod + "spec: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n", 4
        ),
        ("not-an-object", "apiVersion: v1\nkind: List\nitems: [42]\n", 3),
    ])
    func badDocumentIsReportedAndTheNextStillLinted(name: String, bad: String, line: Int) throws {
        let repository = try TemporaryRepository(files: ["k8s/\(name).yaml": bad + "---\n" + Self.goodDocument])
        let result = try ShipshapeProcess.run(["lint", ".", "--format", "json"], in: repository.path, timeout: 60)
        #expect(!result.crashed, "crashed: \(result.stderr)")
        let findings = try JSONFindings.parse(result.stdout)
        let file = "k8s/\(name).yaml"
        #expect(findings.contains { $0.rule == "parse-error" && $0.file == file && $0.line == line }, "\(findings)")
        let probeLine = bad.split(separator: "\n", omittingEmptySubsequences: false).count + 10
        #expect(
            findings.contains { $0.rule == "probe-tool-missing" && $0.file == file && $0.line == probeLine },
            "\(findings)")
        #expect(result.status == 1)
    }
}
