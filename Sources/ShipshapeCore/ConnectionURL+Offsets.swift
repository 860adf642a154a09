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

    private static func offsets(of part: Substring) -> Range<Int> {
        let scalars = part.base.unicodeScalars
        let lower = scalars.distance(from: scalars.startIndex, to: part.startIndex)
        return lower..<(lower + part.unicodeScalars.count)
    }
}
