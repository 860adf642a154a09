import Testing

@testable import DeployModel

/// Chart templates rendered line for line with literal values; anything not understood is not rendered.
@Suite struct HelmRendererTests {
    /// What Yams gives for the chart's values.yaml (mappings keyed by `AnyHashable`).
    static var values: [AnyHashable: Any] {
        [
            "service": ["port": 8080, "name": "web"] as [AnyHashable: Any],
            "probe": ["enabled": true, "port": 8081] as [AnyHashable: Any],
            "resources": [AnyHashable: Any](),
            "ports": [["name": "http", "containerPort": 8080] as [AnyHashable: Any]],
        ]
    }

    func render(_ template: String) -> String? {
        HelmRenderer(values: Self.values, chart: ["Name": "api", "AppVersion": "1.0"])
            .render(template)
    }

    @Test func valuesReplaceActionsAndLinesStayWhereTheyWere() throws {
        let template = """
            name: {{ .Chart.Name }}-{{ .Values.service.name | quote }}
            {{- if .Values.probe.enabled }}
            port: {{ .Values.probe.port }}
            {{- else }}
            port: 1
            {{- end }}
            {{- with .Values.resources }}
            resources: {{ toYaml . }}
            {{- end }}
            ports:
              {{- toYaml .Values.ports | nindent 2 }}
            missing: {{ .Values.nope | default 7 }}
            """
        let rendered = try #require(render(template))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == template.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(lines[0] == "name: api-\"web\"")
        #expect(lines[2] == "port: 8081")
        #expect(lines[4] == "")
        #expect(lines[7] == "", "an empty `with` renders nothing")
        #expect(lines[10] == "  [{\"containerPort\": 8080, \"name\": \"http\"}]")
        #expect(lines[11] == "missing: 7")
    }

    @Test func whatIsNotUnderstoodIsNotRendered() {
        for template in [
            "{{- range .Values.ports }}\n- {{ .name }}\n{{- end }}",
            "{{ $x := 1 }}",
            "{{ tpl .Values.service.name . }}",
            "name: {{ .Values.service.name\n}}",
            "{{- if .Values.probe.enabled }}\nopen: true",
            "{{ printf \"%s\" .Values.service.name }}",
            // A value the chart does not set: the install supplies it.
            "containerPort: {{ .Values.nope }}",
        ] {
            #expect(render(template) == nil, "\(template)")
        }
    }
}
