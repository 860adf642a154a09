import Foundation

/// dockerd's RFC 3339 times with nanoseconds (`2026-11-29T09:18:25.123456789Z`).
public enum DockerTime {
    /// nil for the zero time dockerd uses for "never" and for unreadable text.
    public static func parse(_ text: String) -> Date? {
        guard !text.hasPrefix("0001-") else { return nil }
        // ISO8601DateFormatter reads at most milliseconds: cut the fraction to three digits.
        var trimmed = text
        if let dot = text.firstIndex(of: "."),
            let end = text[dot...].firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" })
        {
            let fraction = text[text.index(after: dot)..<end].prefix(3)
            trimmed = String(text[..<dot]) + "." + fraction + String(text[end...])
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions =
            trimmed.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter.date(from: trimmed)
    }

    /// `3d 4h`, `12m`, `40s`.
    public static func age(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        let (days, hours, minutes) = (total / 86_400, total % 86_400 / 3_600, total % 3_600 / 60)
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes)m" }
        if minutes > 0 { return "\(minutes)m" }
        return "\(total)s"
    }
}
