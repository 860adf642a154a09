import ShipshapeCore

extension Stage {
    /// Every `COPY` and `ADD`, with its `--from` when given.
    public var copies: [CopyInstruction] {
        instructions.compactMap(CopyInstruction.init(instruction:))
    }
}

extension CopyInstruction {
    /// Reads a `COPY`/`ADD` (shell or JSON form); heredoc markers are not sources. Nil for other instructions.
    public init?(instruction: Instruction) {
        guard instruction.keyword == "COPY" || instruction.keyword == "ADD" else { return nil }
        var paths: [String]
        if instruction.arguments.scalars.first == "[", let words = JSONArrayParser.parse(instruction.arguments) {
            paths = words.map(\.value)
        } else {
            paths = ArgumentWords.split(instruction.arguments).map(\.value)
        }
        let destination = paths.popLast() ?? ""
        let sources = paths.filter { !$0.hasPrefix("<<") }
        self.init(
            from: instruction.flag("from")?.value, sources: sources, destination: destination,
            location: instruction.location)
    }
}
