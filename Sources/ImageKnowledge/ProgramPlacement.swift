import ShipshapeCore

/// Commands that may put an executable on PATH without a package manager.
enum ProgramPlacement {
    static func programs(placedBy program: String, arguments: [String], location: SourceLocation?) -> [PossibleProgram]
    {
        func made(_ path: String, _ how: String) -> PossibleProgram? {
            let name = Paths.basename(path)
            guard !name.isEmpty, name != "-", !name.hasPrefix("-") else { return nil }
            return PossibleProgram(program: name, reason: "\(how) \(path)", location: location)
        }
        let operands = arguments.filter { !$0.hasPrefix("-") }
        switch program {
        case "curl":
            return outputs(arguments, flags: ["-o", "--output"]).compactMap { made($0, "downloaded by curl to") }
        case "wget":
            return outputs(arguments, flags: ["-O", "--output-document"]).compactMap {
                made($0, "downloaded by wget to")
            }
        case "ln", "cp", "mv", "install":
            // The last operand is the new name (or a directory receiving the others).
            guard let target = operands.last else { return [] }
            if target.hasSuffix("/") || operands.count > 2 {
                return operands.dropLast().compactMap { made(target + "/" + Paths.basename($0), "\(program) to") }
            }
            return [made(target, "\(program) to")].compactMap { $0 } + (program == "ln" ? [] : [])
        case "busybox" where arguments.first == "--install":
            // `busybox --install [-s] [DIR]` links every applet the binary was built with; which ones depends
            // on the build, so each is possible, none certain.
            return ProgramSets.busyboxApplets.map {
                PossibleProgram(program: $0, reason: "linked by busybox --install", location: location)
            }
        case "chmod":
            return operands.dropFirst().filter { $0.contains("/") }.compactMap { made($0, "made executable:") }
        default:
            return []
        }
    }

    /// Values of `-o FILE`, `-oFILE`, `--output=FILE` style options.
    private static func outputs(_ arguments: [String], flags: Set<String>) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if flags.contains(word), index < arguments.count {
                result.append(arguments[index])
                index += 1
            } else if let long = flags.first(where: { $0.hasPrefix("--") && word.hasPrefix($0 + "=") }) {
                result.append(String(word.dropFirst(long.count + 1)))
            } else if let value = clusterValue(word, flags: flags) {
                // `-qO /path` takes the next word; `-qO/path` and `-O-` carry the value inline.
                if value.isEmpty, index < arguments.count {
                    result.append(arguments[index])
                    index += 1
                } else if !value.isEmpty {
                    result.append(value)
                }
            }
        }
        return result.filter { $0 != "-" && $0 != "/dev/null" }
    }

    /// For a short-option cluster such as `-qO` or `-sSLo/x`: the inline value after the flag letter ("" when
    /// the value is the next word); nil when the cluster does not hold one of `flags`.
    private static func clusterValue(_ word: String, flags: Set<String>) -> String? {
        guard word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 1 else { return nil }
        let letters = Set(flags.filter { !$0.hasPrefix("--") && $0.count == 2 }.compactMap { $0.last })
        let body = word.dropFirst()
        guard let position = body.firstIndex(where: { letters.contains($0) }) else { return nil }
        return String(body[body.index(after: position)...])
    }
}
