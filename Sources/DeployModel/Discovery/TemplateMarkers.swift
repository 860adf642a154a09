/// Recognises unrendered templates (Helm, Jinja, Go templates) among YAML files.
enum TemplateMarkers {
    /// What follows `{{` (after spaces) in Go-template actions only Helm charts write; `{{-` (trim
    /// markers) counts too. `{{ $labels.x }}` inside a rendered ConfigMap (Prometheus rules) does not.
    static let helmActions: [[UInt8]] = [".Values", ".Release", ".Chart", "include ", "template ", "toYaml ", "tpl "]
        .map { Array($0.utf8) }

    /// True when the text holds a Helm template action. One pass over the bytes: this runs on every
    /// YAML file discovery reads, so it must not search the text once per marker.
    static func isHelmTemplate(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        let brace = UInt8(ascii: "{")
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == brace, bytes[index + 1] == brace else {
                index += 1
                continue
            }
            var start = index + 2
            if start < bytes.count, bytes[start] == UInt8(ascii: "-") { return true }
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            for action in helmActions where bytes.count - start >= action.count {
                if bytes[start..<(start + action.count)].elementsEqual(action) { return true }
            }
            index = start
        }
        return false
    }

    /// True when the text holds any `{{ … }}` or `{% … %}` action; used only for files that
    /// already failed to parse, to decide that they are templates rather than broken files.
    static func isTemplate(_ text: some StringProtocol) -> Bool {
        text.contains("{{") || text.contains("{%")
    }
}
