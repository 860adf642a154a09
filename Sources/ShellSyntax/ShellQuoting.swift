/// Quoting a word for a command line shown to the user (a fix to copy): unchanged when every character is
/// safe for the shell, else in double quotes when nothing inside them would expand, else in single quotes.
public enum ShellQuoting {
    public static func word(_ text: String) -> String {
        if !text.isEmpty, text.unicodeScalars.allSatisfy(isSafe) { return text }
        if !text.contains(where: { "\"$`\\!".contains($0) }) { return "\"\(text)\"" }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
    }

    public static func line(_ words: [String]) -> String {
        words.map(word).joined(separator: " ")
    }

    static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        case "_", "-", ".", "/", ":", "=", "@", "%", "+", ",": true
        default: false
        }
    }
}
