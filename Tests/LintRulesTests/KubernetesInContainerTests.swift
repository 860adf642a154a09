import DeployModel
import ShipshapeCore
import Testing

@testable import LintRules

/// Kubernetes `exec` probes go through the same in-container checks as compose healthchecks.
@Suite struct KubernetesInContainerTests {
    static func deployment(image: String, probe: String, ports: String = "[{name: http, containerPort: 8000}]")
        -> String
    {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: \(image)
                  ports: \(ports)
                  livenessProbe:
                    exec:
                      command:
        \(probe)

        """
    }

    static let shWget = """
                        - sh
                        - -c
                        - |
                          set -e
                          wget -qO- http://localhost:8000/health
        """

    func lint(_ files: [String: String]) -> LintContext {
        let inputs = files.keys.sorted().compactMap { path -> DeploymentModel.Input? in
            guard let text = files[path], let kind = Discovery.kind(ofPath: path, contents: text) else { return nil }
            return DeploymentModel.Input(path: path, kind: kind, text: text)
        }
        return LintContext(model: DeploymentModel.build(inputs))
    }

    @Test func shellProbeInABlockScalarIsFoundAtItsExactPosition() throws {
        let context = lint(["k8s/api.yaml": Self.deployment(image: "python:3.11-slim", probe: Self.shWget)])
        let command = try #require(context.inContainerCommands.first)
        #expect(context.inContainerCommands.count == 1)
        #expect(command.origin == "Kubernetes livenessProbe")
        #expect(command.target.label == "container \"api\" of Deployment \"api\"")
        let findings = ProbeToolMissingRule().check(context)
        #expect(findings.count == 1)
        // Line 18 of the manifest, column 19: the `wget` on the block scalar's second line.
        #expect(findings.first?.location.start == SourcePosition(line: 18, column: 19))
        #expect(findings.first?.location.end == SourcePosition(line: 18, column: 23))
        #expect(findings.first?.message.contains("(python:3.11-slim)") == true)
    }

    @Test func unknownImagesAndPresentToolsSayNothing() {
        for image in ["registry.internal.example/team/api:7", "alpine:3.20", "\"${IMAGE}\""] {
            let context = lint(["k8s/api.yaml": Self.deployment(image: image, probe: Self.shWget)])
            #expect(ProbeToolMissingRule().check(context).isEmpty, "\(image)")
        }
    }

    @Test func loopbackURLInAnExecProbeIsCheckedAgainstContainerPorts() {
        let wrongPort = Self.shWget.replacingOccurrences(of: "8000", with: "9000")
        let context = lint(["k8s/api.yaml": Self.deployment(image: "alpine:3.20", probe: wrongPort)])
        // The `sh -c` argument and the script's own word hold the same URL; the engine reports it once.
        let findings = Array(Set(ProbePortMismatchRule().check(context)))
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("listens on 8000 (containerPort: 8000 (http))") == true)
        let right = lint(["k8s/api.yaml": Self.deployment(image: "alpine:3.20", probe: Self.shWget)])
        #expect(ProbePortMismatchRule().check(right).isEmpty)
    }

    @Test func lifecycleHooksAreInContainerCommandsToo() throws {
        let manifest = """
            apiVersion: v1
            kind: Pod
            metadata: {name: api}
            spec:
              containers:
                - name: api
                  image: python:3.11-slim
                  lifecycle:
                    preStop:
                      exec: {command: [curl, -fsS, -X, POST, "http://localhost:8000/drain"]}

            """
        let context = lint(["k8s/pod.yaml": manifest])
        #expect(context.inContainerCommands.map(\.origin) == ["Kubernetes preStop"])
        let finding = try #require(ProbeToolMissingRule().check(context).first)
        #expect(finding.location.start == SourcePosition(line: 10, column: 28))
        #expect(finding.message.hasPrefix("curl is not installed in the image of container \"api\" of Pod \"api\""))
    }
}
