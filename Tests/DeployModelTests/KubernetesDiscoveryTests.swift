import Foundation
import Testing

@testable import DeployModel

@Suite struct KubernetesDiscoveryTests {
    static let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\n"

    @Test func findsManifestsAndLeavesOtherYAMLAlone() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let files: [String: String] = [
            "k8s/deployment.yaml": Self.deployment,
            "k8s/all.yml": "# comment\n---\n" + Self.deployment + "---\napiVersion: v1\nkind: Service\n",
            "k8s/list.yaml": "apiVersion: v1\nkind: List\nitems: []\n",
            "rendered/out.yaml":
                "---\n# Source: x/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  t: |\n    {{ .Value }}\n",
            // Unrendered chart templates: next to a Chart.yaml, or with template directives at column 0.
            "charts/web/Chart.yaml": "apiVersion: v2\nname: web\nversion: 0.1.0\n",
            "charts/web/values.yaml": "replicaCount: 1\n",
            "charts/web/templates/deployment.yaml": Self.deployment,
            "charts/web/templates/sub/job.yaml": Self.deployment,
            "templated/deployment.yaml": "{{- if .Values.enabled }}\n" + Self.deployment + "{{- end }}\n",
            // Look-alikes: compose, workflow, plan, configuration, kustomization, other YAML.
            "docker-compose.yml": "services: {}\n",
            "compose.k8s.yaml": "services: {}\n",
            ".github/workflows/ci.yml": "on: push\njobs: {}\n",
            "shipshape.yml": "version: 1\ntargets: {}\n",
            ".shipshape.yml": "disabled_rules: []\n",
            "k8s/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n",
            "config/app.yaml": "server:\n  kind: http\n  apiVersion: 2\n",
            "openapi.yaml": "openapi: 3.0.0\ninfo: {title: x}\n",
        ]
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        let found = try Discovery.discover([root.path])
        let summary = found.map {
            "\($0.displayPath.replacingOccurrences(of: root.path + "/", with: "")) \($0.kind.rawValue)"
        }
        #expect(
            summary == [
                ".github/workflows/ci.yml workflow",
                // A chart is read as a chart: its templates are rendered with its values, not read as manifests.
                "charts/web/Chart.yaml helmChart",
                "charts/web/templates/deployment.yaml helmTemplate",
                "charts/web/templates/sub/job.yaml helmTemplate",
                "charts/web/values.yaml helmValues",
                "compose.k8s.yaml compose",
                "docker-compose.yml compose",
                "k8s/all.yml kubernetes",
                "k8s/deployment.yaml kubernetes",
                "k8s/list.yaml kubernetes",
                "rendered/out.yaml kubernetes",
            ])
        // Named explicitly, a manifest is recognised by its content whatever its name.
        let explicit = root.appendingPathComponent("k8s/deployment.yaml").path
        #expect(try Discovery.discover([explicit]).map(\.kind) == [.kubernetes])
        let template = root.appendingPathComponent("templated/deployment.yaml").path
        #expect(throws: DeployModelError.self) { try Discovery.discover([template]) }
    }

    @Test func inMemoryFilesAreClassifiedByContent() {
        #expect(Discovery.kind(ofPath: "deploy/api.yaml", contents: Self.deployment) == .kubernetes)
        // Chart values (used only when a Chart.yaml sits beside them), never a manifest.
        #expect(Discovery.kind(ofPath: "deploy/values.yaml", contents: "image: x\n") == .helmValues)
        #expect(Discovery.kind(ofPath: "compose.yaml", contents: Self.deployment) == .compose)
        #expect(Discovery.kind(ofPath: "shipshape.yml", contents: Self.deployment) == nil)
    }

    @Test func modelHoldsManifestsAndTheirProblems() {
        let model = DeploymentModel.build([
            .init(path: "k8s/a.yaml", kind: .kubernetes, text: Self.deployment + "---\nkind: [\n"),
            .init(
                path: "k8s/b.yaml", kind: .kubernetes,
                text: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: i}]}\n"),
        ])
        #expect(model.kubernetesFiles.map(\.path) == ["k8s/a.yaml", "k8s/b.yaml"])
        // A Deployment without a pod template runs nothing; it is not a workload.
        #expect(model.kubernetesFiles.flatMap(\.workloads).map(\.label) == ["Pod \"p\""])
        #expect(model.problems.count == 1)
        #expect(model.problems.first?.location.file == "k8s/a.yaml")
        #expect(model.problems.first?.location.line ?? 0 >= 5)
        #expect(model.problems.first?.severity == .error)
    }
}

@Suite struct WindowsLineEndingDiscoveryTests {
    @Test func explicitFilesWithCRLFAreRecognised() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "manifest": "apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: a}\r\n",
            "stack": "services:\r\n  web:\r\n    image: nginx\r\n",
            "run": "#!/bin/sh\r\necho hi\r\n",
        ]
        var kinds: [String: FileKind] = [:]
        for (name, content) in files {
            let path = root.appendingPathComponent(name).path
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            kinds[name] = try Discovery.discover([path]).first?.kind
        }
        #expect(kinds == ["manifest": .kubernetes, "stack": .compose, "run": .shellScript])
    }
}
