import ShipshapeCore

/// How a shell (`sh`, `bash`, `/bin/sh`...) is given a script on its command line.
enum ShellInvocation {
    static let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox-sh"]

    /// The last path component of a program name (`/bin/sh` → `sh`).
    static func basename(_ program: String) -> String {
        program.split(separator: "/").last.map(String.init) ?? program
    }

    /// When `words` run a shell (`sh -c SCRIPT`, `bash -lc SCRIPT`), the script word.
    /// `usesStandardInput` is set when the shell has neither `-c` nor a script file (`bash -s`).
    static func script(in words: ArraySlice<ShellWord>) -> (script: ShellWord?, usesStandardInput: Bool)? {
        guard let name = words.first?.fastLiteral, shells.contains(basename(name)) else { return nil }
        var hasC = false
        var index = words.startIndex + 1
        while index < words.endIndex {
            let text = words[index].fastValue
            if text == "--" { index += 1; break }
            guard text.hasPrefix("-") || text.hasPrefix("+"), text.count > 1 else { break }
            if text == "-o" || text == "+o" || text == "-O" || text == "+O" || text == "--rcfile"
                || text == "--init-file"
            {
                index += 2
                continue
            }
            if !text.hasPrefix("--"), text.dropFirst().contains("c") { hasC = true }
            index += 1
        }
        if hasC { return (index < words.endIndex ? words[index] : nil, false) }
        return (nil, index >= words.endIndex)
    }

    /// The words joined with single spaces, each scalar keeping its position (a space stands where
    /// the previous word ends), so `ssh host docker exec c cmd` parses as one script.
    static func joined(_ words: ArraySlice<ShellWord>) -> EmbeddedText? {
        guard let first = words.first else { return nil }
        if words.count == 1 { return first.unquoted }
        var builder = WordBuilder()
        var end = first.unquoted.positions[first.unquoted.scalars.count]
        for (offset, word) in words.enumerated() {
            if offset > 0 { builder.append(" ", at: end) }
            builder.append(word.unquoted, range: 0..<word.unquoted.scalars.count)
            end = word.unquoted.positions[word.unquoted.scalars.count]
        }
        return builder.text(file: first.unquoted.file, end: end)
    }
}
