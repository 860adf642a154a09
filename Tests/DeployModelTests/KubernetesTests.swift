import ShipshapeCore
import Testing

@testable import DeployModel

@Suite struct KubernetesTests {
    /// Rendered Helm output: `# Source:` headers, a leading `---`, an empty document, quoted numbers.
    static let rendered = """
        ---
        # Source: api/templates/service.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          namespace: prod
        spec:
          selector:
            app.kubernetes.io/name: api
          ports:
            - name: http
              port: 80
              targetPort: http
            - port: 9090
        ---
        # Source: api/templates/empty.yaml
        ---
        # Source: api/templates/deployment.yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: prod
        spec:
          template:
            metadata:
              labels:
                app.kubernetes.io/name: api
            spec:
              initContainers:
                - name: migrate
                  image: "ghcr.io/acme/api:1.4.2"
              containers:
                - name: api
                  image: "ghcr.io/acme/api:1.4.2"
                  command: ["gunicorn"]
                  args:
                    - --bind
                    - "0.0.0.0:8000"
                  ports:
                    - name: http
                      containerPort: 8000
                    - containerPort: "9090"
                      protocol: TCP
                  env:
                    - name: PORT
                      value: "8000"
                    - name: SECRET
                      valueFrom:
                        secretKeyRef: {name: s, key: k}
                  livenessProbe:
                    exec:
                      command:
                        - sh
                        - -c
                        - |
                          wget -q -O- http://localhost:8000/health
                  readinessProbe:
                    httpGet:
                      path: /ready
                      port: http
                  startupProbe:
                    tcpSocket:
                      port: 8000
                  lifecycle:
                    postStart:
                      httpGet: {path: /warm, port: 8000}
                    preStop:
                      exec:
                        command: ["/bin/sh", "-c", "sleep 5"]

        """

    /// The 1-based position of the `occurrence`-th appearance of `needle`.
    static func position(of needle: String, in text: String, occurrence: Int = 1) -> SourcePosition? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            var offset = 0
            while let range = rest.range(of: needle) {
                seen += 1
                let column = offset + rest.unicodeScalars.distance(from: rest.startIndex, to: range.lowerBound) + 1
                if seen == occurrence { return SourcePosition(line: index + 1, column: column) }
                offset = column
                rest = rest[range.upperBound...]
                offset += needle.unicodeScalars.count - 1
            }
        }
        return nil
    }

    @Test func readsWorkloadsAndServicesFromRenderedOutput() throws {
        let file = KubernetesParser.parse(path: "rendered.yaml", text: Self.rendered)
        #expect(file.problems.isEmpty, "\(file.problems)")
        let service = try #require(file.services.first)
        #expect(service.name?.value == "api" && service.namespace == "prod")
        #expect(service.selector == ["app.kubernetes.io/name": "api"])
        #expect(service.ports.count == 2)
        #expect(service.ports[0].targetPort?.value == .name("http"))
        #expect(
            service.ports[0].targetPort?.location.start == Self.position(of: "http", in: Self.rendered, occurrence: 2))
        #expect(service.ports[1].targetPort == nil && service.ports[1].port?.value == 9090)

        let workload = try #require(file.workloads.first)
        #expect(file.workloads.count == 1)
        #expect(workload.kind == "Deployment" && workload.label == "Deployment \"api\"")
        #expect(workload.location.start == Self.position(of: "kind: Deployment", in: Self.rendered))
        #expect(workload.podLabels == ["app.kubernetes.io/name": "api"])
        #expect(workload.initContainers.map { $0.name?.value } == ["migrate"])
        let container = try #require(workload.containers.first)
        #expect(container.image?.value == "ghcr.io/acme/api:1.4.2")
        // Inside the quotes, on the container's own line (not the init container's).
        #expect(container.image?.location.start == Self.position(of: "ghcr.io", in: Self.rendered, occurrence: 2))
        #expect(container.command.map(\.text) == ["gunicorn"])
        #expect(container.args.map(\.text) == ["--bind", "0.0.0.0:8000"])
        #expect(container.ports.map { $0.containerPort?.value } == [8000, 9090])
        #expect(container.ports.map { $0.name?.value } == ["http", nil])
        #expect(container.portsLocation?.start == Self.position(of: "ports:", in: Self.rendered, occurrence: 2))
        #expect(container.env.map(\.name) == ["PORT"])
        #expect(container.env.first?.value.text == "8000")
        #expect(container.probes.map(\.kind) == [.liveness, .readiness, .startup])
        #expect(container.hooks.map(\.name) == ["preStop"], "only exec hooks run a command")
        #expect(container.hooks.first?.command.map(\.text) == ["/bin/sh", "-c", "sleep 5"])
        #expect(container.hooks.first?.location.start == Self.position(of: "preStop", in: Self.rendered))
    }

    @Test func probesKeepExactPositions() throws {
        let file = KubernetesParser.parse(path: "rendered.yaml", text: Self.rendered)
        let probes = try #require(file.workloads.first?.containers.first?.probes)
        guard case .exec(let command) = probes[0].action else {
            Issue.record("liveness is not exec: \(probes[0].action)")
            return
        }
        #expect(command.map(\.text) == ["sh", "-c", "wget -q -O- http://localhost:8000/health\n"])
        // Every character of the block scalar sits where it is written.
        let wget = try #require(Self.position(of: "wget", in: Self.rendered))
        #expect(command[2].location(of: 0..<4).start == wget)
        #expect(command[2].location(of: 0..<4).end == SourcePosition(line: wget.line, column: wget.column + 4))
        #expect(probes[0].location.start == Self.position(of: "livenessProbe", in: Self.rendered))
        #expect(probes[1].podPort?.value == .name("http"))
        #expect(
            probes[1].podPort?.location.start
                == Self.position(of: "port: http", in: Self.rendered).map {
                    SourcePosition(line: $0.line, column: $0.column + 6)
                })
        #expect(probes[2].podPort?.value == .number(8000))
        guard case .httpGet(_, let path, nil) = probes[1].action else {
            Issue.record("readiness is not httpGet")
            return
        }
        #expect(path?.value == "/ready")
    }

    @Test func readsListItemsAndCronJobTemplates() throws {
        let text = """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        metadata:
                          labels: {job: nightly}
                        spec:
                          containers:
                            - name: backup
                              image: postgres:16
                              livenessProbe:
                                exec: {command: [pg_isready, -q]}
              - apiVersion: v1
                kind: Pod
                metadata:
                  name: debug
                  labels: {app: debug}
                spec:
                  containers: [{name: shell, image: "busybox:1.36"}]
              - apiVersion: serving.knative.dev/v1
                kind: Service
                metadata: {name: fn}
                spec:
                  template:
                    spec:
                      containers: [{image: "ghcr.io/acme/fn:1"}]
              - apiVersion: v1
                kind: ConfigMap
                data: {a: b}

            """
        let file = KubernetesParser.parse(path: "list.yaml", text: text)
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.services.isEmpty, "a Knative Service is not a core Service")
        #expect(file.workloads.map(\.kind) == ["CronJob", "Pod", "Service"])
        let cron = file.workloads[0]
        #expect(cron.podLabels == ["job": "nightly"])
        #expect(cron.containers.first?.image?.value == "postgres:16")
        guard case .exec(let command) = cron.containers.first?.probes.first?.action else {
            Issue.record("no exec probe in the CronJob")
            return
        }
        #expect(command.map(\.text) == ["pg_isready", "-q"])
        #expect(command.first?.location(of: 0..<1).start == Self.position(of: "pg_isready", in: text))
        #expect(file.workloads[1].podLabels == ["app": "debug"])
        #expect(file.workloads[1].containers.first?.image?.location.start == Self.position(of: "busybox", in: text))
    }

    @Test func malformedDocumentsAreReportedAndTheRestIsRead() {
        let text = """
            apiVersion: v1
            kind: Service
            metadata: {name: a}
            spec: {selector: {app: a}, ports: [{port: 80}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            spec:
              template: [unclosed
            ---
            - just
            - a list
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: b}
            spec:
              template:
                spec:
                  containers: {name: not-a-list}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: c}
            spec:
              ports:
                - port: eighty
                - just-a-string

            """
        let file = KubernetesParser.parse(path: "broken.yaml", text: text)
        #expect(file.services.map { $0.name?.value } == ["a", "c"])
        #expect(file.workloads.map { $0.name?.value } == ["b"])
        let problems = file.problems.map { "\($0.location.line) \($0.message)" }
        #expect(problems.contains { $0.hasPrefix("10 invalid YAML") || $0.hasPrefix("9 invalid YAML") }, "\(problems)")
        #expect(problems.contains("11 Kubernetes manifest: expected an object (a mapping with apiVersion and kind)"))
        #expect(problems.contains("20 Kubernetes manifest: `containers` must be a list"))
        #expect(problems.contains("27 Kubernetes manifest: expected a port number, got `eighty`"))
        #expect(problems.contains("28 Kubernetes Service: a `ports` entry must be a mapping"))
        #expect(file.problems.allSatisfy { $0.location.file == "broken.yaml" })
    }

    @Test func documentRangesFollowMarkers() {
        let text = "%YAML 1.2\n---\na: 1\n...\n# c\n---\n---\nb: 2\n--- {c: 3}\n"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(YAMLStream.documentRanges(lines) == [0..<4, 6..<8, 8..<10])
        let stream = YAMLStream(file: "s.yml", text: text)
        #expect(
            stream.documents.compactMap { $0.root?["a"]?.string ?? $0.root?["b"]?.string ?? $0.root?["c"]?.string }
                == ["1", "2", "3"])
        #expect(stream.documents[1].root?.pairs?.first?.key.start == SourcePosition(line: 8, column: 1))
    }

    @Test func windowsLineEndingsKeepPositions() throws {
        let text =
            "---\r\napiVersion: v1\r\nkind: Pod\r\nmetadata: {name: a}\r\n---\r\napiVersion: v1\r\nkind: Pod\r\n"
            + "metadata: {name: b}\r\nspec:\r\n  containers:\r\n    - name: c\r\n      image: \"redis:7\"\r\n"
        let file = KubernetesParser.parse(path: "crlf.yaml", text: text)
        #expect(file.problems.isEmpty)
        #expect(file.workloads.map { $0.name?.value } == ["a", "b"])
        let image = try #require(file.workloads.last?.containers.first?.image)
        #expect(image.value == "redis:7")
        #expect(image.location.start == SourcePosition(line: 12, column: 15))
        #expect(image.location.end == SourcePosition(line: 12, column: 22))
        #expect(Discovery.kind(ofPath: "k8s/crlf.yaml", contents: text) == .kubernetes)
    }
}
