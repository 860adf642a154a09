/// Recognises unrendered templates (Helm, Jinja, Go templates) among YAML files.
enum TemplateMarkers {
    /// Go-template actions only Helm charts write, and Jinja statements; `{{ $labels.x }}` inside a
    /// rendered ConfigMap (Prometheus rules) is not among them.
    static let helmMarkers = [
        "{{ .Values", "{{.Values", "{{ .Release", "{{.Release", "{{ .Chart", "{{.Chart", "{{- ", "{{ include ",
        "{{ template ", "{{ toYaml ", "{{- include", "{{ tpl ",
    ]

    /// True when the text holds a template action that stops it from being read as plain YAML.
    static func isHelmTemplate(_ text: some StringProtocol) -> Bool {
        helmMarkers.contains { text.contains($0) }
    }

    /// True when the text holds any `{{ … }}` or `{% … %}` action; used only for files that
    /// already failed to parse, to decide that they are templates rather than broken files.
    static func isTemplate(_ text: some StringProtocol) -> Bool {
        text.contains("{{") || text.contains("{%")
    }
}
