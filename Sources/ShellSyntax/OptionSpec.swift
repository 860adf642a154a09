import ShipshapeCore

/// The options of a command-line program, getopt/pflag style: which take a value.
///
/// Scanning understands combined short flags (`-it`), attached values (`-fX`, `-oKey=V`),
/// `--long=value`, `--long value` and `--` as the end of options.
struct OptionSpec: Sendable {
    let shortWithValue: Set<Character>
    let longWithValue: Set<String>

    init(short: String, long: [String]) {
        shortWithValue = Set(short)
        longWithValue = Set(long)
    }

    /// The options found before the first operand, and that operand's index.
    struct Scan {
        /// Each option that took a value: its name (`f`, `file`) and the value.
        var values: [(name: String, value: ShellWord)] = []
        /// Index of the first operand, or the end index when there is none.
        var operandIndex: Int
    }

    /// Scans `words` from their start until the first word that is not an option.
    func scan(_ words: ArraySlice<ShellWord>) -> Scan {
        var scan = Scan(operandIndex: words.endIndex)
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            let text = word.fastValue
            if text == "--" {
                scan.operandIndex = index + 1
                return scan
            }
            guard text.hasPrefix("-"), text.count > 1 else {
                scan.operandIndex = index
                return scan
            }
            index =
                text.hasPrefix("--")
                ? scanLong(words, at: index, into: &scan) : scanShort(words, at: index, into: &scan)
        }
        return scan
    }

    /// `--name=value`, `--name value` or `--flag`; returns the index after it.
    private func scanLong(_ words: ArraySlice<ShellWord>, at index: Int, into scan: inout Scan) -> Int {
        let word = words[index]
        let body = word.fastValue.dropFirst(2)
        if let equals = body.firstIndex(of: "=") {
            let name = String(body[..<equals])
            let offset = body.distance(from: body.startIndex, to: equals) + 3
            if longWithValue.contains(name) { scan.values.append((name, word.suffix(fromScalar: offset))) }
            return index + 1
        }
        let name = String(body)
        guard longWithValue.contains(name) else { return index + 1 }
        if index + 1 < words.endIndex { scan.values.append((name, words[index + 1])) }
        return index + 2
    }

    /// `-abc`, `-fVALUE` or `-f VALUE`; returns the index after it.
    private func scanShort(_ words: ArraySlice<ShellWord>, at index: Int, into scan: inout Scan) -> Int {
        let word = words[index]
        let letters = Array(word.fastValue.unicodeScalars.dropFirst())
        for (offset, letter) in letters.enumerated() where shortWithValue.contains(Character(letter)) {
            let name = String(Character(letter))
            if offset + 1 < letters.count {
                scan.values.append((name, word.suffix(fromScalar: offset + 2)))
                return index + 1
            }
            if index + 1 < words.endIndex { scan.values.append((name, words[index + 1])) }
            return index + 2
        }
        return index + 1
    }
}

extension ShellWord {
    /// The part of the word after quote removal from scalar `offset` on (an attached option value).
    func suffix(fromScalar offset: Int) -> ShellWord {
        let text = unquoted.slice(offset..<unquoted.scalars.count)
        let location = text.isEmpty ? location : text.location(of: 0..<text.scalars.count)
        return ShellWord(raw: text.text, unquoted: text, hasExpansion: hasExpansion, location: location)
    }
}
