import DockerfileSyntax
import ShipshapeCore

/// Where the commands being analysed come from, so findings can point at the package word itself.
public struct RunContext: Sendable {
    /// The whole `RUN` instruction (or another span) used when a word cannot be found.
    public let location: SourceLocation?
    /// The texts the commands were read from (shell-form arguments, heredoc bodies).
    public let texts: [EmbeddedText]

    /// A context with explicit texts to find words in.
    public init(location: SourceLocation?, texts: [EmbeddedText] = []) {
        self.location = location
        self.texts = texts
    }

    /// A context for a `RUN` instruction.
    public init(instruction: Instruction) {
        self.init(location: instruction.location, texts: [instruction.arguments] + instruction.heredocs.map(\.body))
    }

    /// The location of the first whole-word occurrence of `word` in the texts, else the whole instruction's.
    public func location(of word: String) -> SourceLocation? {
        let needle = Array(word.unicodeScalars)
        guard !needle.isEmpty else { return location }
        for text in texts {
            let scalars = text.scalars
            var index = 0
            while index + needle.count <= scalars.count {
                if scalars[index] == needle[0], Array(scalars[index..<(index + needle.count)]) == needle,
                    isBoundary(scalars, index - 1), isBoundary(scalars, index + needle.count)
                {
                    return text.location(of: index..<(index + needle.count))
                }
                index += 1
            }
        }
        return location
    }

    private func isBoundary(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 0, index < scalars.count else { return true }
        let scalar = scalars[index]
        return
            !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" || scalar == "_"
            || scalar == ".")
    }
}
