import ShipshapeCore

extension Instruction {
    /// The shell scripts a shell-form instruction runs, positioned in the file.
    ///
    /// `RUN <<EOF` (or `RUN bash <<EOF`) runs the heredoc body, so the bodies are the scripts; otherwise the
    /// arguments are the script and heredocs are only data for it (`RUN python3 <<EOF`, `cat <<EOF > f`).
    /// Empty for exec form and for instructions without a command.
    public var shellScripts: [EmbeddedText] {
        guard case .shell(let text)? = command else { return [] }
        guard !heredocs.isEmpty else { return [text] }
        let words = ArgumentWords.split(text).map(\.value).filter { !$0.hasPrefix("<<") }
        let runsBodies =
            words.isEmpty || (Self.isShellName(words[0]) && words.dropFirst().allSatisfy { $0.hasPrefix("-") })
        return runsBodies ? heredocs.map(\.body) : [text]
    }

    private static func isShellName(_ word: String) -> Bool {
        let name = word.split(separator: "/").last.map(String.init) ?? word
        return ["sh", "bash", "ash", "dash", "zsh"].contains(name)
    }
}
