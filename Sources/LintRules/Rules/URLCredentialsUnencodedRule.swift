import ShipshapeCore

/// A connection URL whose password (or user) holds `@ / # ? %` or a space unencoded — the
/// incident's Redis password.
struct URLCredentialsUnencodedRule: Rule {
    static let description = RuleDescription(
        identifier: "url-credentials-unencoded",
        name: "Unencoded characters in URL credentials",
        summary:
            "A URL's user or password holds reserved characters (`@ / # ? %`, space) that are not percent-encoded.",
        rationale: """
            `redis://:p@ss#1@redis:6379/0` is not the URL it looks like: URL parsers end the credentials at \
            the first `@` or start a fragment at `#`, so the client connects to a host called `ss` or sends a \
            truncated password, and fails with an authentication or DNS error that says nothing about \
            encoding — the incident's rate limiter fell back to in-memory storage for exactly this reason. \
            Shipshape reads URLs in `.env` files (also those loaded by compose `env_file:`), compose \
            `environment:` (map and list forms) and workflow `env:` the way a person does, and points at the \
            credentials that need encoding. The fix shows the encoded URL with the secret masked: replace \
            `@` by `%40`, `/` by `%2F`, `#` by `%23`, `?` by `%3F`, `%` by `%25`, a space by `%20`. A \
            reference compose resolves (`postgresql://shop:${POSTGRES_PASSWORD}@db` with the password in the \
            `.env` beside the compose file, in `environment:` or in `env_file:` contents) is checked as compose \
            interpolates it; other references (`${{ secrets.REDIS_URL }}`, a variable set nowhere in the \
            repository) are not. The password itself is never printed.
            """,
        severity: .error,
        nonTriggering: URLCredentialsUnencodedExamples.nonTriggering,
        triggering: URLCredentialsUnencodedExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        EnvironmentValue.all(in: context.model).compactMap(check)
    }

    func check(_ value: EnvironmentValue) -> Finding? {
        let text = value.text.text
        guard text.contains("://"), !text.contains("${{"), let url = ConnectionURL.parse(text), url.needsEncoding,
            let offsets = url.unencodedCredentialOffsets, !url.hasCleanStandardReading
        else { return nil }
        let leading = text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "\n" }.count
        let range = (offsets.lowerBound + leading)..<(offsets.upperBound + leading)
        let credential = value.text.slice(range).text
        // `$VAR` left in the credentials: a reference compose does not resolve here (a `.env` value,
        // a workflow secret); it is checked where the variable is set.
        guard !credential.contains("$") else { return nil }
        // Interpolated text (`postgresql://shop:${POSTGRES_PASSWORD}@db`, the password from `.env`): the
        // URL compose hands the container, as `docker compose config` shows it.
        let interpolated = !value.isWrittenLiterally(range)
        let part = url.passwordNeedsEncoding ? "password" : "user name"
        let characters = url.unencodedCharacters.map { "\"\($0)\"" }.joined(separator: ", ")
        let source = interpolated ? " once compose interpolates it (the value comes from a variable)" : ""
        let message =
            "the \(part) in \(value.name) (\(url.scheme) URL, \(value.origin)) holds \(characters) unencoded\(source); "
            + "clients will read a different host or a truncated \(part) — percent-encode them"
        let escapes = url.unencodedCharacters.map { "\($0 == " " ? "space" : String($0)) → \(Self.escape($0))" }
        var fix = "write it encoded (\(escapes.joined(separator: ", "))): \(url.encodedMasked)"
        if interpolated {
            fix += " — keep the raw variable for the server and give the URL an encoded copy"
        }
        return finding(message, at: value.text.location(of: range), related: value.related, fix: fix)
    }

    static func escape(_ character: Character) -> String {
        character.unicodeScalars.flatMap { String($0).utf8 }.map { "%" + String($0, radix: 16, uppercase: true) }
            .joined()
    }
}
