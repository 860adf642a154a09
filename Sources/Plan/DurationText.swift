import Foundation

/// Parses and prints durations as people write them: `90s`, `1m30s`, `500ms`, `2h`, or a bare number of seconds.
public enum DurationText {
    /// The longest duration accepted anywhere (366 days). Longer ones — and `inf`, `1e309`,
    /// `99999999999999999999h` — are refused before any conversion to `Int` could trap.
    public static let maximumMilliseconds = 366 * 24 * 3_600_000

    /// Why a text is not an accepted duration.
    public enum Problem: Error, Equatable, Sendable {
        case notADuration
        case outOfRange
    }

    /// Milliseconds, or nil when the text is not a duration or is out of range.
    public static func milliseconds(_ text: String) -> Int? {
        try? parse(text).get()
    }

    /// Milliseconds, or why the text is refused.
    public static func parse(_ text: String) -> Result<Int, Problem> {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) {
            guard !seconds.isNaN, seconds >= 0 else { return .failure(.notADuration) }
            return checked(seconds * 1000, rounding: .towardZero)
        }
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
            if character.isASCII, character.isNumber || character == "." {
                if !unit.isEmpty, !flush() { return .failure(.notADuration) }
                number.append(character)
            } else if character.isASCII, character.isLetter {
                guard !number.isEmpty || !unit.isEmpty else { return .failure(.notADuration) }
                unit.append(character)
            } else {
                return .failure(.notADuration)
            }
        }
        guard !number.isEmpty, flush(), sawUnit, total >= 0 else { return .failure(.notADuration) }
        return checked(total)
    }

    static func checked(
        _ milliseconds: Double, rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero
    ) -> Result<Int, Problem> {
        let rounded = milliseconds.rounded(rounding)
        guard rounded.isFinite, rounded <= Double(maximumMilliseconds) else { return .failure(.outOfRange) }
        return .success(Int(rounded))
    }

    /// What to tell the user about a refused `text` given for `name` (a flag or plan key), with an
    /// example of what is accepted.
    public static func problem(_ text: String, for name: String, example: String) -> String {
        switch parse(text) {
        case .failure(.outOfRange):
            "\(name) '\(text)' is too long: durations are at most \(maximumMilliseconds / 3_600_000)h (366 days)."
        default:
            "\(name) expects a duration such as \(example), not '\(text)'."
        }
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
