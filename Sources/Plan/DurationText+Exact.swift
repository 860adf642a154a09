extension DurationText {
    /// A duration that reads back to exactly `milliseconds` (`90s`, `2m`, `1500ms`), unlike `format`,
    /// which rounds for display.
    public static func exactText(milliseconds: Int) -> String {
        if milliseconds == 0 { return "0s" }
        if milliseconds > 0, milliseconds % 3_600_000 == 0 { return "\(milliseconds / 3_600_000)h" }
        if milliseconds > 0, milliseconds % 60_000 == 0 { return "\(milliseconds / 60_000)m" }
        if milliseconds > 0, milliseconds % 1_000 == 0 { return "\(milliseconds / 1_000)s" }
        return "\(milliseconds)ms"
    }
}
