import Foundation

/// Parses and prints durations as people write them: `90s`, `1m30s`, `500ms`, `2h`, or a bare number of seconds.
public enum DurationText {
    /// Milliseconds, or nil when the text is not a duration.
    public static func milliseconds(_ text: String) -> Int? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) { return seconds >= 0 ? Int(seconds * 1000) : nil }
        var total = 0.0
        var number = ""
        var unit = ""
        var sawUnit = false
        func flush() -> Bool {
            guard let value = Double(number), let factor = factors[unit] else { return false }
            total += value * factor
            number = ""
            unit = ""
            sawUnit = true
            return true
        }
        for character in text {
            if character.isNumber || character == "." {
                if !unit.isEmpty, !flush() { return nil }
                number.append(character)
            } else if character.isLetter {
                guard !number.isEmpty || !unit.isEmpty else { return nil }
                unit.append(character)
            } else {
                return nil
            }
        }
        guard !number.isEmpty, flush(), sawUnit, total >= 0 else { return nil }
        return Int(total.rounded())
    }

    static let factors: [String: Double] = ["ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000]

    /// `1.5s`, `250ms`, `2m0s`.
    public static func format(milliseconds: Int) -> String {
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        if milliseconds < 60_000 {
            let seconds = Double(milliseconds) / 1000
            return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\((seconds * 10).rounded() / 10)s"
        }
        return "\(milliseconds / 60_000)m\((milliseconds % 60_000) / 1000)s"
    }
}
