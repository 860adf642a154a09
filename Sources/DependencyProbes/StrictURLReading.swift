import Foundation
import ShipshapeCore

/// What a strict URL parser makes of a connection URL: Python's `urllib.parse.urlsplit` (which
/// redis-py, Celery and SQLAlchemy use) and Foundation's `URLComponents`.
///
/// urllib ends the authority at the first `/`, `?` or `#`, then takes the credentials up to
/// the *last* `@` inside it. A password such as `p@ss#word` therefore makes it read the host
/// `ss` and the password `p` — the incident's Redis URL failed this way.
public struct StrictURLReading: Sendable, Hashable, Codable {
    /// The host urllib reads, nil when it reads none; `****` when it is a piece of the password.
    public var host: String?
    /// The port urllib reads; nil when absent or unreadable (see `failure`).
    public var port: Int?
    /// How many characters the password urllib reads has (its value is never kept).
    public var passwordLength: Int?
    /// urllib's error, e.g. `Port could not be cast to integer value`.
    public var failure: String?
    /// Foundation's `URLComponents` refuses the URL outright.
    public var rejectedByFoundation: Bool

    /// Reads `url` the way urllib does; the password is compared, never stored.
    static func read(_ url: String) -> (reading: StrictURLReading, password: String?) {
        var rest = Substring(url.trimmingCharacters(in: .whitespaces))
        if let separator = rest.range(of: "://") { rest = rest[separator.upperBound...] }
        let netloc = rest.prefix { !"/?#".contains($0) }
        var userinfo: Substring = ""
        var hostport = netloc
        if let at = netloc.lastIndex(of: "@") {
            userinfo = netloc[..<at]
            hostport = netloc[netloc.index(after: at)...]
        }
        var password: String?
        if let colon = userinfo.firstIndex(of: ":") {
            password =
                String(userinfo[userinfo.index(after: colon)...]).removingPercentEncoding
                ?? String(userinfo[userinfo.index(after: colon)...])
        }
        var reading = StrictURLReading(
            host: nil, port: nil, passwordLength: password?.count, failure: nil,
            rejectedByFoundation: URLComponents(string: url) == nil)
        if let colon = hostport.lastIndex(of: ":"), !hostport.hasSuffix("]") {
            let portText = hostport[hostport.index(after: colon)...]
            reading.host = String(hostport[..<colon])
            if portText.isEmpty {
                reading.port = nil
            } else if let port = Int(portText), (0...65535).contains(port) {
                reading.port = port
            } else {
                reading.failure = "Port could not be cast to integer value"
            }
        } else {
            reading.host = String(hostport)
        }
        if reading.host?.isEmpty == true { reading.host = nil }
        return (reading, password)
    }
}
