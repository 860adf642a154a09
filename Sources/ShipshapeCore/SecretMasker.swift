import Foundation

/// Masks passwords, tokens and keys in any text about to be printed.
///
/// Every reporter passes every string through it: findings quote source lines, and source lines
/// of `.env` files and workflows hold credentials.
public enum SecretMasker {
    public static let mask = "****"

    /// `text` with secrets replaced by `****`.
    public static func masking(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var result = maskURLPasswords(in: text)
        for pattern in patterns {
            result = pattern.apply(to: result)
        }
        return result
    }

    /// `scheme://user:PASSWORD@host` — the password may itself hold unencoded `@`, `/` or `:`
    /// (the seed's Redis URL), so the userinfo ends at the *last* `@` of the URL's token.
    static func maskURLPasswords(in text: String) -> String {
        guard text.contains("://") else { return text }
        var output = ""
        var rest = Substring(text)
        while let schemeEnd = rest.range(of: "://") {
            output += rest[..<schemeEnd.upperBound]
            rest = rest[schemeEnd.upperBound...]
            let tokenEnd =
                rest.firstIndex {
                    $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\n" || $0 == "`" || $0 == ">" || $0 == "<"
                } ?? rest.endIndex
            let token = rest[..<tokenEnd]
            if let at = token.lastIndex(of: "@"), let colon = token[..<at].firstIndex(of: ":"),
                token.index(after: colon) < at, !isReference(token[token.index(after: colon)..<at]),
                !isMasked(token[token.index(after: colon)..<at])
            {
                output += token[...colon] + mask + token[at...]
            } else {
                output += token
            }
            rest = rest[tokenEnd...]
        }
        return output + rest
    }

    /// `$VAR`, `${VAR}` and `${{ secrets.X }}` name a secret without holding it.
    /// `****%40****`: already masked (``ConnectionURL/encodedMasked``), only escapes between the masks.
    static func isMasked(_ value: Substring) -> Bool {
        let rest = value.replacingOccurrences(of: mask, with: "")
            .replacingOccurrences(of: "%[0-9A-Fa-f]{2}", with: "", options: .regularExpression)
        return rest.isEmpty && value.contains(mask)
    }

    static func isReference(_ value: Substring) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("${") { return true }
        return trimmed.count > 1 && trimmed.hasPrefix("$")
            && trimmed.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    struct Pattern: Sendable {
        let regex: NSRegularExpression
        /// Capture group holding the secret.
        let group: Int

        func apply(to text: String) -> String {
            let ns = text as NSString
            var result = ""
            var last = 0
            for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let range = match.range(at: group)
                guard range.location != NSNotFound, range.length > 0 else { continue }
                let value = ns.substring(with: range)
                if SecretMasker.isReference(Substring(value)) || value == SecretMasker.mask { continue }
                result += ns.substring(with: NSRange(location: last, length: range.location - last)) + SecretMasker.mask
                last = range.location + range.length
            }
            return result + ns.substring(from: last)
        }
    }

    static let secretName =
        #"[A-Za-z0-9_.-]*(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Za-z0-9_]*"#

    static let patterns: [Pattern] = [
        // KEY=value, KEY: value, "KEY": "value" for secret-looking keys.
        (#"(?i)\b"# + secretName + #"["']?\s*[=:]\s*["']?([^\s"'#,;&|]+)"#, 1),
        // Authorization headers.
        (#"(?i)\b(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/=-]{8,})"#, 1),
        // --password value, --password=value, --token=..., -p'secret' is too ambiguous (ports) and skipped.
        (#"(?i)--(?:password|passwd|token|secret|api-key)(?:=|\s+)["']?([^\s"']+)"#, 1),
        // Well-known token shapes.
        (
            #"\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[baprs]-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{20,})"#,
            1
        ),
    ].compactMap { pattern, group in
        (try? NSRegularExpression(pattern: pattern)).map { Pattern(regex: $0, group: group) }
    }
}
