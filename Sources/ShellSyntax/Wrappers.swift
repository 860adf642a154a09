/// Commands that run another command given as their operands: `sudo`, `timeout`, `env`...
enum Wrappers {
    private struct Wrapper {
        let options: OptionSpec
        /// Operands before the command (`timeout DURATION`).
        let leadingOperands: Int
        /// True when `NAME=VALUE` words may precede the command (`env`, `sudo`).
        let acceptsAssignments: Bool
    }

    private static let table: [String: Wrapper] = [
        "sudo": Wrapper(
            options: OptionSpec(
                short: "ugphCDrtUTc",
                long: [
                    "user", "group", "prompt", "host", "chdir", "close-from", "role", "type", "other-user",
                    "command-timeout",
                ]), leadingOperands: 0, acceptsAssignments: true),
        "doas": Wrapper(options: OptionSpec(short: "uC", long: []), leadingOperands: 0, acceptsAssignments: false),
        "timeout": Wrapper(
            options: OptionSpec(short: "sk", long: ["signal", "kill-after"]), leadingOperands: 1,
            acceptsAssignments: false),
        "env": Wrapper(
            options: OptionSpec(short: "uCS", long: ["unset", "chdir", "split-string"]), leadingOperands: 0,
            acceptsAssignments: true),
        "nohup": Wrapper(options: OptionSpec(short: "", long: []), leadingOperands: 0, acceptsAssignments: false),
        "exec": Wrapper(options: OptionSpec(short: "a", long: []), leadingOperands: 0, acceptsAssignments: false),
        "nice": Wrapper(
            options: OptionSpec(short: "n", long: ["adjustment"]), leadingOperands: 0, acceptsAssignments: false),
        "time": Wrapper(
            options: OptionSpec(short: "fo", long: ["format", "output"]), leadingOperands: 0, acceptsAssignments: false),
        "stdbuf": Wrapper(
            options: OptionSpec(short: "ioe", long: ["input", "output", "error"]), leadingOperands: 0,
            acceptsAssignments: false),
        "setsid": Wrapper(options: OptionSpec(short: "", long: []), leadingOperands: 0, acceptsAssignments: false),
        "command": Wrapper(options: OptionSpec(short: "", long: []), leadingOperands: 0, acceptsAssignments: false),
    ]

    /// The wrapped command's argv when `name` is a wrapper around one, else nil.
    static func command(after name: String, in words: ArraySlice<ShellWord>) -> ArraySlice<ShellWord>? {
        guard let wrapper = table[name] else { return nil }
        if name == "command", words.dropFirst().contains(where: { $0.value == "-v" || $0.value == "-V" }) {
            return nil  // `command -v X` looks X up; it does not run it.
        }
        var index = wrapper.options.scan(words.dropFirst()).operandIndex
        index = min(index + wrapper.leadingOperands, words.endIndex)
        if wrapper.acceptsAssignments {
            while index < words.endIndex, isAssignment(words[index].value) { index += 1 }
        }
        guard index < words.endIndex else { return nil }
        return words[index...]
    }

    /// True for `NAME=VALUE`.
    private static func isAssignment(_ text: String) -> Bool {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return false }
        return text[..<equals].allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }
}
