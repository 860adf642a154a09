import ShipshapeCore

extension Stage {
    /// The stage's last `HEALTHCHECK`, which is the one Docker uses; nil when the stage has none.
    public var healthcheck: Healthcheck? {
        guard let instruction = instructions.last(where: { $0.keyword == "HEALTHCHECK" }) else { return nil }
        return Healthcheck(instruction: instruction)
    }
}

extension Healthcheck {
    /// Reads a `HEALTHCHECK` instruction; nil when it is neither `NONE` nor `CMD ...`.
    public init?(instruction: Instruction) {
        guard instruction.keyword == "HEALTHCHECK" else { return nil }
        var options: [String: String] = [:]
        for flag in instruction.flags { options[flag.name] = flag.value }
        let firstWord = ArgumentWords.split(instruction.arguments).first?.value.uppercased()
        if firstWord == "NONE" {
            self.init(test: .none, options: options, location: instruction.location)
        } else if let command = instruction.command {
            self.init(test: .command(command), options: options, location: instruction.location)
        } else {
            return nil
        }
    }
}
