extension ConnectionURL {
    /// Where the credential part that needs encoding stands in the parsed text, in Unicode scalars
    /// counted from the first non-blank character: the password when it holds an unencoded
    /// character, else the user; nil when nothing needs encoding.
    ///
    /// Lets a linter point at the credentials without ever quoting them.
    public var unencodedCredentialOffsets: Range<Int>? {
        if let rawPassword, !Self.unencoded(in: rawPassword).isEmpty { return Self.offsets(of: rawPassword) }
        if let rawUser, !Self.unencoded(in: rawUser).isEmpty { return Self.offsets(of: rawUser) }
        return nil
    }

    /// True when the part ``unencodedCredentialOffsets`` points at is the password.
    public var passwordNeedsEncoding: Bool {
        rawPassword.map { !Self.unencoded(in: $0).isEmpty } ?? false
    }

    /// True when a standard URL parser reads the same text as a well-formed URL with clean
    /// credentials: the authority ends at the first `/`, `?` or `#`, and its last `@` is followed
    /// by a plausible host — with a dot, a port, or `localhost` — and no fragment follows
    /// (`https://u:token@npm.example.com/@scope/`). Such text may well mean what
    /// the standard reading says, so a linter should not call its credentials unencoded.
    public var hasCleanStandardReading: Bool {
        guard let text = (rawPassword ?? rawUser)?.base, let separator = text.range(of: "://") else { return false }
        let rest = text[separator.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return false }
        let userinfo = authority[..<at]
        let address = rest[authority.index(after: at)...]
        // `#` starts a fragment no connection URL has; a dot-less host without a port (`p@ss/word@redis`
        // read as host `ss`) is the tail of a password, not a server.
        guard !rest.contains("#"), let strict = HostAndPort(address), Self.unencoded(in: userinfo).isEmpty else {
            return false
        }
        return strict.host.contains(".") || strict.host == "localhost" || strict.port != nil
    }

    private static func offsets(of part: Substring) -> Range<Int> {
        let scalars = part.base.unicodeScalars
        let lower = scalars.distance(from: scalars.startIndex, to: part.startIndex)
        return lower..<(lower + part.unicodeScalars.count)
    }
}
