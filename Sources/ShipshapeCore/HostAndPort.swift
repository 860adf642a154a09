/// The part of a URL after its credentials: `host[:port][/path][?query][#fragment]`.
///
/// Strict about the host (letters, digits, `.`, `-`, `_`, or a bracketed IPv6 address) so that
/// ``ConnectionURL`` can tell a real host from the tail of a password holding an `@`.
package struct HostAndPort {
    package let host: String
    package let port: Int?
    package let path: String
    package let query: String?

    package init?(_ text: Substring) {
        let authorityEnd = text.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? text.endIndex
        let authority = text[..<authorityEnd]
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            let address = authority[authority.index(after: authority.startIndex)..<close]
            guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
            host = String(address)
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                portText = after.dropFirst()
            }
        } else {
            let parts = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first, !name.isEmpty,
                name.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-" || $0 == "_" })
            else { return nil }
            host = String(name)
            portText = parts.count > 1 ? parts[1] : nil
        }
        if let portText {
            guard let number = Int(portText), (0...65535).contains(number) else { return nil }
            port = number
        } else {
            port = nil
        }
        let tail = text[authorityEnd...]
        let fragmentStart = tail.firstIndex(of: "#") ?? tail.endIndex
        let beforeFragment = tail[..<fragmentStart]
        if let question = beforeFragment.firstIndex(of: "?") {
            path = String(beforeFragment[..<question])
            query = String(beforeFragment[beforeFragment.index(after: question)...])
        } else {
            path = String(beforeFragment)
            query = nil
        }
    }
}
