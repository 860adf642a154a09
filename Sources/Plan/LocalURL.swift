import Foundation

/// A `http://localhost:PORT/path` (or 127.0.0.1, 0.0.0.0, [::1]) URL inside a command: the port and
/// path a health check asks the service on, which a probe from outside can ask too.
public struct LocalURL: Sendable, Hashable {
    public var port: Int
    public var path: String
    public var scheme: String

    /// The first such URL in the command's words, or nil.
    public static func find(in command: [String]) -> LocalURL? {
        let text = command.joined(separator: " ")
        let pattern = #"(https?)://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::([0-9]{1,5}))?(/[^\s'"|;&)]*)?"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let schemeRange = Range(match.range(at: 1), in: text)
        else { return nil }
        let scheme = String(text[schemeRange])
        let written = Range(match.range(at: 2), in: text).flatMap { Int(text[$0]) }
        let port = written ?? (scheme == "https" ? 443 : 80)
        guard (1...65_535).contains(port) else { return nil }
        let path = Range(match.range(at: 3), in: text).map { String(text[$0]) } ?? "/"
        return LocalURL(port: port, path: path, scheme: scheme)
    }
}
