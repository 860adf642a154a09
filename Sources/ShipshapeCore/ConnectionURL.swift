import Foundation

/// A connection URL as people write them in `.env` files and compose `environment:`
/// (`redis://:password@redis:6379/0`, `postgresql://app:pw@db/app`), read tolerantly.
///
/// The incident's Redis URL carried a password with unencoded `@` and `#`; a strict URL parser
/// reads such a URL with the wrong host, and clients fail with confusing errors. This parser
/// takes the *last* `@` whose remainder looks like `host[:port]` as the end of the credentials,
/// the way a person reads the URL, and records which characters of the credentials should
/// have been percent-encoded.
///
/// The password is a ``Secret``: `description` and ``masked`` never show it.
public struct ConnectionURL: Sendable, Hashable, CustomStringConvertible {
    /// Lower-cased scheme, e.g. `redis`, `rediss`, `postgresql`.
    public let scheme: String
    /// The user name, percent-decoded; `nil` when the URL has no user part (`redis://:pw@h`).
    public let user: String?
    /// The password, percent-decoded where its escapes are valid; `nil` when none is given.
    public let password: Secret?
    /// Host name or address, without brackets for IPv6.
    public let host: String
    /// Explicit port, when the URL names one.
    public let port: Int?
    /// Path including its leading `/` (`/0`, `/app`), empty when absent.
    public let path: String
    /// Query without the `?`, when present.
    public let query: String?
    /// Characters of the user or password that a URL requires to be percent-encoded but that
    /// are written literally, in order of first appearance (`@`, `/`, `#`, `?`, `%`, space).
    public let unencodedCharacters: [Character]

    /// The credentials as written (still encoded), kept for re-encoding; never printed.
    let rawUser: Substring?
    let rawPassword: Substring?

    /// Characters that end the authority of a URL or start its userinfo separator, and so
    /// break a URL when written unencoded inside credentials. `:` is not among them: every
    /// common client splits user and password at the first `:` and keeps later ones.
    static let reserved: Set<Character> = ["@", "/", "#", "?", " "]

    /// Parses `text`; `nil` when it is not `scheme://…host…`.
    public static func parse(_ text: String) -> ConnectionURL? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let separator = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<separator.lowerBound]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        else { return nil }
        let rest = trimmed[separator.upperBound...]
        let (userinfo, afterUserinfo) = splitCredentials(rest)
        guard let address = HostAndPort(afterUserinfo) else { return nil }

        var rawUser: Substring?
        var rawPassword: Substring?
        if let userinfo {
            if let colon = userinfo.firstIndex(of: ":") {
                rawUser = userinfo[..<colon]
                rawPassword = userinfo[userinfo.index(after: colon)...]
            } else {
                rawUser = userinfo
            }
        }
        let user = rawUser.flatMap { $0.isEmpty ? nil : decode($0) }
        let password = rawPassword.map { Secret(decode($0)) }
        return ConnectionURL(
            scheme: scheme.lowercased(), user: user, password: password, host: address.host, port: address.port,
            path: address.path, query: address.query,
            unencodedCharacters: unencoded(in: userinfo ?? ""),
            rawUser: rawUser, rawPassword: rawPassword)
    }

    /// The URL with the password replaced by `****`.
    public var masked: String {
        render(password: rawPassword.map { _ in SecretMasker.mask })
    }

    /// The correctly encoded URL with the password masked but its escapes visible, e.g.
    /// `redis://:****%40****%23****@redis:6379/0`: shows where encoding goes, never the secret.
    public var encodedMasked: String {
        render(password: password.map { Self.maskKeepingEscapes(Self.encode($0.exposedValue)) })
    }

    /// The correctly encoded URL with the real password, for the one place that connects.
    public var encoded: String {
        render(password: password.map { Self.encode($0.exposedValue) })
    }

    public var description: String { masked }

    /// Whether the credentials hold characters that must be encoded but are not.
    public var needsEncoding: Bool { !unencodedCharacters.isEmpty }

    private func render(password renderedPassword: String?) -> String {
        var text = scheme + "://"
        if let rawUser {
            text += user.map(Self.encode) ?? String(rawUser)
        }
        if let renderedPassword {
            text += ":" + renderedPassword
        }
        if rawUser != nil || renderedPassword != nil {
            text += "@"
        }
        text += host.contains(":") ? "[\(host)]" : host
        if let port {
            text += ":\(port)"
        }
        text += path
        if let query {
            text += "?" + query
        }
        return text
    }

    /// Splits `user:password@rest` at the last `@` after which a host follows.
    private static func splitCredentials(_ rest: Substring) -> (Substring?, Substring) {
        var candidate = rest.endIndex
        while let at = rest[..<candidate].lastIndex(of: "@") {
            let after = rest[rest.index(after: at)...]
            let userinfo = rest[..<at]
            let userPart = userinfo.prefix { $0 != ":" }
            // `https://cdn.test/@scope/pkg`: a `/` before any `:` means a path, not credentials.
            if HostAndPort(after) != nil, !userPart.contains(where: { "/?#".contains($0) }) {
                return (userinfo, after)
            }
            candidate = at
        }
        return (nil, rest)
    }

    private static func unencoded(in userinfo: Substring) -> [Character] {
        var found: [Character] = []
        var index = userinfo.startIndex
        while index < userinfo.endIndex {
            let character = userinfo[index]
            if character == "%" {
                let escape = userinfo[index...].dropFirst().prefix(2)
                if escape.count < 2 || !escape.allSatisfy(\.isHexDigit) {
                    if !found.contains("%") { found.append("%") }
                }
            } else if reserved.contains(character), !found.contains(character) {
                found.append(character)
            }
            index = userinfo.index(after: index)
        }
        return found
    }

    /// Percent-decodes valid escapes and keeps everything else as written.
    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// RFC 3986 userinfo encoding: unreserved characters and sub-delimiters stay, the rest is escaped.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~!$&'()*+,;=")
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, allowed.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    result += String(format: "%%%02X", byte)
                }
            }
        }
        return result
    }

    /// `p%40ss` → `****%40****`: masks each run of literal characters, keeps the escapes.
    static func maskKeepingEscapes(_ encoded: String) -> String {
        var result = ""
        var literalRun = false
        var index = encoded.startIndex
        while index < encoded.endIndex {
            if encoded[index] == "%", let end = encoded.index(index, offsetBy: 3, limitedBy: encoded.endIndex) {
                result += encoded[index..<end]
                literalRun = false
                index = end
            } else {
                if !literalRun { result += SecretMasker.mask }
                literalRun = true
                index = encoded.index(after: index)
            }
        }
        return result
    }
}
