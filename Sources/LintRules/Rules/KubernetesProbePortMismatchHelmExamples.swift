import ShipshapeCore

/// Examples of `k8s-probe-port-mismatch` in Helm charts: templates rendered with the chart's literal
/// values; they run as tests with the rule's other examples.
enum KubernetesProbePortMismatchHelmExamples {
    static let chart = "apiVersion: v2\nname: api\nversion: 0.3.0\nappVersion: \"2.1.0\"\n"

    static let values = """
        replicaCount: 2
        image:
          repository: ghcr.io/acme/api
          tag: ""
        service:
          port: 8080
        probe:
          port: 8000
        readinessProbe:
          httpGet:
            path: /ready
            port: http
        debug:
          enabled: false

        """

    /// `helm create`'s layout: includes, an `if`, a `with` + `toYaml | nindent`, values in place.
    static func deployment(probePort: String, extra: String = "") -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "api.fullname" . }}
          labels:
            {{- include "api.labels" . | nindent 4 }}
        spec:
          {{- if not .Values.autoscaling.enabled }}
          replicas: {{ .Values.replicaCount }}
          {{- end }}
          template:
            spec:
              containers:
                - name: {{ .Chart.Name }}
                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
                  ports:
                    - name: http
                      containerPort: {{ .Values.service.port }}
                  livenessProbe:
                    httpGet:
                      path: /healthz
                      port: \(probePort)
                  {{- with .Values.readinessProbe }}
                  readinessProbe:
                    {{- toYaml . | nindent 12 }}
                  {{- end }}
        \(extra)
        """
    }

    static let triggering: [Example] = [
        Example(
            files: [
                "charts/api/Chart.yaml": chart,
                "charts/api/values.yaml": values,
                "charts/api/templates/deployment.yaml": deployment(probePort: "1️⃣{{ .Values.probe.port }}"),
            ],
            expect: ["1️⃣": "the livenessProbe calls port 8000, but container \"api\""])
    ]

    static let nonTriggering: [Example] = [
        // The probe port from the values matches the container port.
        Example(files: [
            "charts/api/Chart.yaml": chart,
            "charts/api/values.yaml": values,
            "charts/api/templates/deployment.yaml": deployment(probePort: "{{ .Values.service.port }}"),
        ]),
        // A template the renderer does not understand (a `range` over values) stays silent, mismatch or not.
        Example(files: [
            "charts/api/Chart.yaml": chart,
            "charts/api/values.yaml": values + "env:\n  A: \"1\"\n",
            "charts/api/templates/deployment.yaml": deployment(
                probePort: "{{ .Values.probe.port }}",
                extra:
                    "          env:\n            {{- range $k, $v := .Values.env }}\n            - {name: {{ $k }}, value: {{ $v }}}\n            {{- end }}\n"
            ),
        ]),
        // The mismatching container sits in a branch the values switch off.
        Example(files: [
            "charts/api/Chart.yaml": chart,
            "charts/api/values.yaml": values,
            "charts/api/templates/debug.yaml": """
            {{- if .Values.debug.enabled }}
            apiVersion: v1
            kind: Pod
            metadata: {name: debug}
            spec:
              containers:
                - name: debug
                  image: busybox:1.36
                  ports: [{containerPort: 9000}]
                  livenessProbe: {tcpSocket: {port: 9999}}
            {{- end }}

            """,
        ]),
        // A value the chart leaves to the install (`containerPort` unset): not rendered, nothing claimed.
        Example(files: [
            "charts/api/Chart.yaml": chart,
            "charts/api/values.yaml": "replicaCount: 1\nprobe:\n  port: 8000\nimage: {repository: x, tag: \"1\"}\n",
            "charts/api/templates/deployment.yaml": deployment(probePort: "{{ .Values.probe.port }}"),
        ]),
        // Without a Chart.yaml the templates are not a chart: not read.
        Example(files: [
            "templates/deployment.yaml": deployment(probePort: "{{ .Values.probe.port }}")
        ]),
    ]
}
