import Foundation

/// Renders a Helm chart template well enough to lint it, keeping every line where it was: values from
/// the chart's `values.yaml` replace actions in place, `if`/`with`/`range`/`end` lines become empty
/// (their false branches too), and `toYaml … | nindent N` becomes one line of JSON flow YAML. A template
/// using anything else (variables, `range` over values, `tpl`, unknown functions) is not rendered: nil.
struct HelmRenderer {
    let values: Any?
    let chart: [String: String]

    /// An open `if`/`with`/`range` block.
    private struct Block {
        let isIf: Bool
        /// Whether lines inside are rendered.
        var active: Bool
        /// Whether the enclosing block renders.
        let parentActive: Bool
        /// Whether an earlier branch of this `if` was taken.
        var taken: Bool
        let dot: Any?
        let dotIsRoot: Bool
    }

    func render(_ template: String) -> String? {
        var output: [String] = []
        var blocks: [Block] = []
        for line in template.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            guard let rendered = render(line: String(line), blocks: &blocks) else { return nil }
            output.append(rendered)
        }
        return blocks.isEmpty ? output.joined(separator: "\n") : nil
    }

    private func scope(_ blocks: [Block]) -> HelmExpression {
        let top = blocks.last
        return HelmExpression(
            values: values, chart: chart, dot: top?.dot, dotIsRoot: top?.dotIsRoot ?? true)
    }

    private func render(line: String, blocks: inout [Block]) -> String? {
        let actions = Self.actions(in: line)
        guard let actions else { return nil }
        if actions.isEmpty { return (blocks.last?.active ?? true) ? line : "" }
        // Text outside the actions decides whether this is a control line or content.
        var outside = ""
        var cursor = line.startIndex
        for action in actions {
            outside += line[cursor..<action.range.lowerBound]
            cursor = action.range.upperBound
        }
        outside += line[cursor...]
        let alone = outside.allSatisfy { $0 == " " || $0 == "\t" }
        var result = ""
        cursor = line.startIndex
        for action in actions {
            let active = blocks.last?.active ?? true
            if active { result += line[cursor..<action.range.lowerBound] }
            cursor = action.range.upperBound
            let words = HelmExpression.words(action.text)
            switch words.first ?? "" {
            case _ where action.text.hasPrefix("/*"): continue
            case "if", "with", "range":
                let parent = blocks.last?.active ?? true
                var value: HelmExpression.Value = .data(nil)
                if parent {
                    guard let evaluated = scope(blocks).evaluate(String(action.text.dropFirst(words[0].count))) else {
                        return nil
                    }
                    value = evaluated
                }
                let truthy = parent && HelmExpression.truthy(value)
                // A range over values, or `with` opening a scope, needs `.` rebinding this renderer keeps simple.
                if words[0] == "range", truthy { return nil }
                var dot = blocks.last?.dot
                var dotIsRoot = blocks.last?.dotIsRoot ?? true
                if words[0] == "with", truthy {
                    guard case .data(let data) = value else { return nil }
                    dot = data
                    dotIsRoot = false
                }
                blocks.append(
                    Block(
                        isIf: words[0] == "if", active: truthy, parentActive: parent, taken: truthy, dot: dot,
                        dotIsRoot: dotIsRoot))
            case "else":
                guard var block = blocks.popLast() else { return nil }
                if block.taken || !block.parentActive {
                    block.active = false
                } else if words.count >= 2, words[1] == "if" {
                    let condition = action.text.dropFirst(4).trimmingCharacters(in: .whitespaces).dropFirst(2)
                    guard let value = scope(blocks).evaluate(String(condition)) else { return nil }
                    block.active = HelmExpression.truthy(value)
                    block.taken = block.active
                } else {
                    block.active = true
                    block.taken = true
                }
                blocks.append(block)
            case "end":
                guard blocks.popLast() != nil else { return nil }
            case "define", "block", "break", "continue":
                return nil
            default:
                guard active else { continue }
                guard let value = scope(blocks).evaluate(action.text) else { return nil }
                if case .block(_, let indent) = value, alone {
                    guard let flow = value.flowText else { return nil }
                    result = String(repeating: " ", count: indent) + flow
                } else if case .block = value {
                    guard let flow = value.flowText else { return nil }
                    result += " " + flow
                } else {
                    guard let flow = value.flowText else { return nil }
                    result += flow
                }
            }
        }
        if blocks.last?.active ?? true { result += line[cursor...] }
        // A line of control actions only renders empty, as Helm's trim markers make it.
        if alone, !actions.contains(where: { Self.isOutput($0.text) }) { return "" }
        return result
    }

    static func isOutput(_ text: String) -> Bool {
        let head = HelmExpression.words(text).first ?? ""
        return !["if", "with", "range", "else", "end", "define", "block"].contains(head) && !text.hasPrefix("/*")
    }

    struct Action {
        let range: Range<String.Index>
        /// The action's text without braces and trim markers.
        let text: String
    }

    /// The `{{ … }}` actions of a line; nil when one is not closed on the line.
    static func actions(in line: String) -> [Action]? {
        var actions: [Action] = []
        var search = line.startIndex
        while let open = line.range(of: "{{", range: search..<line.endIndex) {
            guard let close = line.range(of: "}}", range: open.upperBound..<line.endIndex) else { return nil }
            var text = String(line[open.upperBound..<close.lowerBound])
            if text.hasPrefix("-") { text.removeFirst() }
            if text.hasSuffix("-") { text.removeLast() }
            actions.append(
                Action(range: open.lowerBound..<close.upperBound, text: text.trimmingCharacters(in: .whitespaces)))
            search = close.upperBound
        }
        return actions
    }
}
