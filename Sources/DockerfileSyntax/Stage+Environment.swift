import ShipshapeCore

extension Stage {
    /// Variables set by the stage's `ENV` instructions, in order (`ENV K=V K2="v 2"` and legacy `ENV K V`).
    public var environment: [StageVariable] {
        instructions.filter { $0.keyword == "ENV" }.flatMap(Self.variables(in:))
    }

    /// Variables declared by the stage's `ARG` instructions that carry a default.
    public var argDefaults: [StageVariable] {
        instructions.filter { $0.keyword == "ARG" }.flatMap(Self.variables(in:)).filter { !$0.value.isEmpty }
    }

    /// The variables an `ARG` or `ENV` instruction declares (an `ARG` without default has an empty value).
    public static func declaredVariables(_ instruction: Instruction) -> [StageVariable] {
        ["ARG", "ENV"].contains(instruction.keyword) ? variables(in: instruction) : []
    }

    static func variables(in instruction: Instruction) -> [StageVariable] {
        let arguments = instruction.arguments
        let words = ArgumentWords.split(arguments)
        guard let first = words.first else { return [] }
        if instruction.keyword == "ENV", !first.value.contains("=") {
            // Legacy form: everything after the name is the value.
            let rest = arguments.slice(first.range.upperBound..<arguments.scalars.count).trimmingBlanks()
            let value = words.count == 2 ? words[1].value : rest.text
            return [
                StageVariable(
                    name: first.value, value: value, location: arguments.location(of: 0..<arguments.scalars.count))
            ]
        }
        return words.map { word in
            let parts = word.value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return StageVariable(
                name: String(parts.first ?? ""), value: parts.count > 1 ? String(parts[1]) : "",
                location: arguments.location(of: word.range))
        }
    }
}
