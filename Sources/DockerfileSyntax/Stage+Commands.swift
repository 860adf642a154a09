import ShipshapeCore

extension Stage {
    /// The last `USER` value, as written; nil when the stage sets none.
    public var user: String? {
        instructions.last { $0.keyword == "USER" }.map { $0.arguments.text }
    }

    /// The last `CMD` (the one Docker uses).
    public var cmd: CommandForm? { instructions.last { $0.keyword == "CMD" }?.command }

    /// The last `ENTRYPOINT` (the one Docker uses).
    public var entrypoint: CommandForm? { instructions.last { $0.keyword == "ENTRYPOINT" }?.command }

    /// The shell used by shell-form commands at the end of the stage: the last exec-form `SHELL`, else `/bin/sh -c`.
    public var shell: [String] { shell(before: instructions.count) }

    /// The shell in effect for the instruction at `index` (SHELL applies to the instructions after it).
    public func shell(before index: Int) -> [String] {
        let prefix = instructions.prefix(max(0, min(index, instructions.count)))
        if let last = prefix.last(where: { $0.keyword == "SHELL" }), case .exec(let words)? = last.command,
            !words.isEmpty
        {
            return words.map(\.value)
        }
        return ["/bin/sh", "-c"]
    }

    /// The stage's `RUN` instructions, in order.
    public var runCommands: [Instruction] { instructions.filter { $0.keyword == "RUN" } }
}
