/// Reads the components of a `JSONPath` from its text, one character at a time.
struct JSONPathReader {
    private let text: String
    private let characters: [Character]
    private var index = 0

    init(text: String) {
        self.text = text
        characters = Array(text)
    }

    mutating func read() throws -> [JSONPath.Component] {
        guard characters.first == "$" else { throw fail("a JSON path starts with `$`") }
        index = 1
        var components: [JSONPath.Component] = []
        while index < characters.count {
            switch characters[index] {
            case ".":
                index += 1
                components.append(.key(try member()))
            case "[":
                index += 1
                components.append(try bracket())
            default:
                throw fail("unexpected '\(characters[index])' at position \(index + 1)")
            }
        }
        return components
    }

    private mutating func member() throws -> String {
        let start = index
        while index < characters.count, characters[index] != ".", characters[index] != "[" { index += 1 }
        let name = String(characters[start..<index])
        guard !name.isEmpty else { throw fail("empty member name after `.`") }
        guard !name.contains(where: { $0 == " " || $0 == "]" || $0 == "\"" || $0 == "'" }) else {
            throw fail("member '\(name)' needs brackets: $[\"\(name)\"]")
        }
        return name
    }

    private mutating func bracket() throws -> JSONPath.Component {
        guard index < characters.count else { throw fail("unclosed `[`") }
        let component: JSONPath.Component
        if characters[index] == "\"" || characters[index] == "'" {
            component = .key(try quoted())
        } else {
            let start = index
            while index < characters.count, characters[index] != "]" { index += 1 }
            let digits = String(characters[start..<index])
            guard let number = Int(digits) else { throw fail("'\(digits)' is not an array index") }
            component = .index(number)
        }
        guard index < characters.count, characters[index] == "]" else { throw fail("unclosed `[`") }
        index += 1
        return component
    }

    private mutating func quoted() throws -> String {
        let quote = characters[index]
        index += 1
        var value = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "\\", index < characters.count {
                value.append(characters[index])
                index += 1
            } else if character == quote {
                return value
            } else {
                value.append(character)
            }
        }
        throw fail("unclosed quote")
    }

    private func fail(_ reason: String) -> PlanError {
        PlanError.invalidJSONPath(text: text, reason: reason)
    }
}
