/// The single pass behind ``SecretMasker``: walks the bytes once, copying them to the output and
/// replacing each secret value by the mask.
///
/// Every step starts at the current index and returns an index past what it read, and nothing is
/// read twice except a URL's token (once to find its userinfo, once more for its query) — so the
/// time is linear in the input, whatever its shape.
struct MaskingScanner {
    private let bytes: [UInt8]
    private let stopsAtMarkup: Bool
    private var output: [UInt8] = []
    private var copied = 0
    private var changed = false
    /// The client of the current command (`redis-cli` in `docker exec r redis-cli -a pw`).
    private var program: [UInt8]?
    /// The previous word, for `… with password X`.
    private var previousWord: Range<Int> = 0..<0
    /// End of the last URL token read: a `://` inside it does not start another one.
    private var urlEnd = 0

    init(bytes: [UInt8], stopsAtMarkup: Bool) {
        self.bytes = bytes
        self.stopsAtMarkup = stopsAtMarkup
    }

    /// The masked bytes, or nil when nothing was masked.
    mutating func run() -> [UInt8]? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if Self.endsCommand(byte) {
                program = nil
                previousWord = 0..<0
            }
            if Self.isWordByte(byte), index == 0 || !Self.isWordByte(bytes[index - 1]) {
                index = word(at: index)
            } else {
                index += 1
            }
        }
        guard changed else { return nil }
        output += bytes[copied...]
        return output
    }

    // MARK: - Words

    private mutating func word(at start: Int) -> Int {
        var end = start
        while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
        let word = bytes[start..<end]
        let lead = previousWord
        previousWord = start..<end
        if word.count == 1, end < bytes.count, bytes[end] != colon { return end }
        if isToken(word) {
            mask(start..<end)
            return end
        }
        if end + 2 < bytes.count, bytes[end] == colon, bytes[end + 1] == slash, bytes[end + 2] == slash,
            end >= urlEnd
        {
            return url(scheme: word, at: end)
        }
        if word.first == dash, let next = option(word, start: start, end: end) { return next }
        if (3...SecretPatterns.longestProgram).contains(word.count), SecretPatterns.programs.contains(Array(word)) {
            program = Array(word)
            return end
        }
        if (4...11).contains(word.count), let next = commandWord(word, start: start, end: end, lead: bytes[lead]) {
            return next
        }
        let query = start > 0 && (bytes[start - 1] == UInt8(ascii: "?") || bytes[start - 1] == UInt8(ascii: "&"))
        let normalized = SecretPatterns.normalized(word)
        if SecretPatterns.isSecretName(word, normalized: normalized)
            || (query && SecretPatterns.queryNames.contains(normalized))
            || SecretPatterns.wholeLineNames.contains(normalized)
        {
            return assignment(
                nameStart: start, end: end, query: query,
                wholeLine: SecretPatterns.wholeLineNames.contains(normalized))
        }
        return end
    }

    /// `ghp_…`, `sk_live_…`, `AKIA…`, a JWT: secret by shape alone.
    private func isToken(_ word: ArraySlice<UInt8>) -> Bool {
        for shape in SecretPatterns.tokenShapes
        where word.count >= shape.prefix.count + shape.minimumLength && word.starts(with: shape.prefix) {
            if word.dropFirst(shape.prefix.count).allSatisfy(Self.isWordByte) { return true }
        }
        if word.count >= 24, word.starts(with: [0x65, 0x79, 0x4A]) {  // eyJ: base64 of `{"`
            return word.filter { $0 == UInt8(ascii: ".") }.count == 2
        }
        return false
    }

    /// Redis `AUTH pw` (in a redis-cli command or a quoted MONITOR line), `requirepass pw`,
    /// `… with password pw`, a bare `Bearer pw`.
    private mutating func commandWord(_ word: ArraySlice<UInt8>, start: Int, end: Int, lead: ArraySlice<UInt8>)
        -> Int?
    {
        let quoted = start > 0 && Self.isQuote(bytes[start - 1])
        let inRedis = program.map { SecretPatterns.redisClientNames.contains($0) } ?? false
        let lower = word.map(SecretPatterns.lower)
        let upper = word.map(SecretPatterns.upper)
        var arguments = 0
        if SecretPatterns.commandWords.contains(Array(word)) {
            guard word.elementsEqual("AUTH".utf8) == false || inRedis || quoted else { return nil }
            arguments = word.elementsEqual("AUTH".utf8) ? 2 : 1
        } else if SecretPatterns.phraseNouns.contains(lower),
            SecretPatterns.phraseLeads.contains(lead.map(SecretPatterns.lower))
        {
            arguments = 1
        } else if upper.elementsEqual("BEARER".utf8) {
            arguments = 1
        } else if word.elementsEqual("Basic".utf8) || word.elementsEqual("Token".utf8) {
            guard let (value, next) = nextArgument(after: end, rejectingOptions: true),
                value.count >= 8, bytes[value].contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            else { return nil }
            mask(value)
            return next
        }
        guard arguments > 0 else { return nil }
        var index = end
        for _ in 0..<arguments {
            guard let (value, next) = nextArgument(after: index, rejectingOptions: false) else { break }
            mask(value)
            index = next
        }
        // `with password=X`: no separate argument, so the word is read as a name instead.
        return index == end ? nil : index
    }

    /// `NAME=value`, `NAME: value`, `"NAME": "value"`, `--NAME value` for a secret-looking name.
    private mutating func assignment(nameStart: Int, end: Int, query: Bool, wholeLine: Bool) -> Int {
        var index = end
        var enclosingQuote: UInt8?
        if nameStart > 0, Self.isQuote(bytes[nameStart - 1]) { enclosingQuote = bytes[nameStart - 1] }
        if index < bytes.count, Self.isQuote(bytes[index]) {
            index += 1
            enclosingQuote = nil
        } else if index + 1 < bytes.count, bytes[index] == backslash, bytes[index + 1] == quote {
            index += 2
            enclosingQuote = nil
        }
        index = skipBlanks(index)
        guard index < bytes.count else { return end }
        if bytes[index] == UInt8(ascii: "=") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: ">") { index += 1 }
        } else if bytes[index] == colon {
            if index + 1 < bytes.count, bytes[index + 1] == colon || bytes[index + 1] == slash { return end }
            index += 1
        } else {
            return end
        }
        index = skipBlanks(index)
        index = skipAuthScheme(index)
        guard let (value, next) = valueRange(from: index, query: query, wholeLine: wholeLine, within: enclosingQuote)
        else { return index }
        mask(value)
        return next
    }

    /// Client options: `redis-cli -a pw`, `mysql -ppw`, `curl -u user:pw`, `--password pw`, `--token=pw`.
    private mutating func option(_ word: ArraySlice<UInt8>, start: Int, end: Int) -> Int? {
        if let program {
            for entry in SecretPatterns.clientOptions where entry.programs.contains(program) {
                if let next = clientOption(entry, word: word, start: start, end: end) { return next }
            }
        }
        guard word.starts(with: [dash, dash]), SecretPatterns.isSecretName(word.dropFirst(2)) else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: "=") {
            guard let (value, next) = valueRange(from: end + 1) else { return end + 1 }
            mask(value)
            return next
        }
        guard let (value, next) = nextArgument(after: end, rejectingOptions: true) else { return end }
        mask(value)
        return next
    }

    private mutating func clientOption(
        _ entry: SecretPatterns.ClientOption, word: ArraySlice<UInt8>, start: Int, end: Int
    ) -> Int? {
        let option = entry.option
        let isLong = option.count > 2
        var valueStart: Int
        if word.elementsEqual(option) {
            let quoteFollows = end < bytes.count && Self.isQuote(bytes[end])
            let optionQuoted = quoteFollows && start > 0 && bytes[start - 1] == bytes[end]
            if isLong, end < bytes.count, bytes[end] == UInt8(ascii: "=") {
                valueStart = end + 1
            } else if entry.form == .attached || entry.form == .attachedOrSeparate, quoteFollows, !optionQuoted {
                valueStart = end  // mysql -p"pw"
            } else {
                guard entry.form != .attached,
                    let (value, next) = nextArgument(after: end, rejectingOptions: false)
                else { return entry.form == .attached ? nil : end }
                maskValue(value, form: entry.form)
                return next
            }
        } else if !isLong, word.count > option.count, word.starts(with: option) {
            guard entry.form != .separate else { return nil }
            valueStart = start + option.count
        } else {
            return nil
        }
        guard let (value, next) = valueRange(from: valueStart) else { return end }
        maskValue(value, form: entry.form)
        return next
    }

    private mutating func maskValue(_ value: Range<Int>, form: SecretPatterns.OptionForm) {
        guard form == .userColonPassword else { return mask(value) }
        if let colonIndex = bytes[value].firstIndex(of: colon) { mask(colonIndex + 1..<value.upperBound) }
    }

    // MARK: - URLs

    /// `scheme://user:PASSWORD@host`: the password may itself hold unencoded `@`, `/` or `:` (the
    /// seed's Redis URL), so the userinfo ends at the *last* `@` of the token. `https://TOKEN@host`
    /// masks the bare userinfo. The query is left to the main loop (`?key=`, `&sig=`).
    private mutating func url(scheme: ArraySlice<UInt8>, at schemeEnd: Int) -> Int {
        let tokenStart = schemeEnd + 3
        var index = tokenStart
        var lastAt: Int?
        while index < bytes.count, !Self.endsURL(bytes[index]) {
            if bytes[index] == UInt8(ascii: "@") { lastAt = index }
            index += 1
        }
        urlEnd = index
        if lastAt == nil { lastAt = atAfterSpaces(tokenStart: tokenStart, tokenEnd: index) }
        guard let at = lastAt else { return tokenStart }
        let userinfo = tokenStart..<at
        if let colonIndex = bytes[userinfo].firstIndex(of: colon) {
            mask(colonIndex + 1..<at)
        } else if SecretPatterns.tokenUserinfoSchemes.contains(scheme.map(SecretPatterns.upper)) {
            mask(userinfo)
        }
        return at + 1
    }

    /// `redis://:pass word@host`: a password with a space (the `url-credentials-unencoded` case) ends
    /// the token before its `@`. When the token is `user:pass` with no path, the `@` is looked for in
    /// the next few space-separated chunks, which then belong to the URL.
    private mutating func atAfterSpaces(tokenStart: Int, tokenEnd: Int) -> Int? {
        let token = bytes[tokenStart..<tokenEnd]
        guard let colonIndex = token.firstIndex(of: colon), !token.contains(slash), tokenEnd < bytes.count,
            bytes[tokenEnd] == space,
            !bytes[(colonIndex + 1)..<tokenEnd].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })  // `host:8080` is a port
        else { return nil }
        var index = tokenEnd
        for _ in 0..<4 {
            while index < bytes.count, bytes[index] == space { index += 1 }
            var lastAt: Int?
            while index < bytes.count, !Self.endsURL(bytes[index]) {
                if bytes[index] == slash {
                    guard lastAt != nil else { return nil }
                    break
                }
                if bytes[index] == UInt8(ascii: "@") { lastAt = index }
                index += 1
            }
            if let lastAt {
                urlEnd = index
                return lastAt
            }
            guard index < bytes.count, bytes[index] == space else { return nil }
        }
        return nil
    }

    // MARK: - Values

    /// The argument after an option or command word: past the option's own closing quote (exec
    /// arrays: `"-a", "pw"`), blanks and commas.
    private func nextArgument(after end: Int, rejectingOptions: Bool) -> (Range<Int>, Int)? {
        var index = end
        var separated = false
        if index < bytes.count, Self.isQuote(bytes[index]) {
            index += 1
        } else if index + 1 < bytes.count, bytes[index] == backslash, bytes[index + 1] == quote {
            index += 2
        }
        while index < bytes.count, bytes[index] == space || bytes[index] == tab || bytes[index] == comma {
            index += 1
            separated = true
        }
        guard separated, index < bytes.count else { return nil }
        if rejectingOptions, bytes[index] == dash { return nil }
        return valueRange(from: index)
    }

    /// A value starting at `start`: to its closing quote if quoted, else to white space or a quote.
    /// Returns the value and the index after it, or nil when there is no value.
    private func valueRange(
        from start: Int, query: Bool = false, wholeLine: Bool = false, within enclosingQuote: UInt8? = nil
    ) -> (Range<Int>, Int)? {
        guard start < bytes.count else { return nil }
        let first = bytes[start]
        if first == quote || first == apostrophe || first == backtick {
            var index = start + 1
            while index < bytes.count, bytes[index] != first, !Self.isNewline(bytes[index]) {
                index += first == quote && bytes[index] == backslash ? 2 : 1
            }
            index = min(index, bytes.count)
            let closed = index < bytes.count && bytes[index] == first
            return (start + 1..<index, closed ? index + 1 : index)
        }
        if first == backslash, start + 1 < bytes.count, bytes[start + 1] == quote {
            var index = start + 2
            while index < bytes.count, !Self.isNewline(bytes[index]),
                !(bytes[index] == backslash && index + 1 < bytes.count && bytes[index + 1] == quote)
            {
                index += 1
            }
            return (start + 2..<index, min(index + 2, bytes.count))
        }
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isNewline(byte) { break }
            if let enclosingQuote {
                if byte == enclosingQuote { break }
            } else {
                if !wholeLine, byte == space || byte == tab { break }
                if Self.isQuote(byte) || byte == backtick || byte == 0x1B { break }
                if byte == backslash, index + 1 < bytes.count, bytes[index + 1] == quote { break }
            }
            if query, byte == UInt8(ascii: "&") || byte == UInt8(ascii: "#") { break }
            if stopsAtMarkup, byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { break }
            index += 1
        }
        guard index > start else { return nil }
        return (start..<index, index)
    }

    /// Past `Bearer ` / `Basic ` in `Authorization: Bearer X`.
    private func skipAuthScheme(_ start: Int) -> Int {
        var end = start
        while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
        guard end > start, end < bytes.count, bytes[end] == space,
            SecretPatterns.authSchemes.contains(SecretPatterns.normalized(bytes[start..<end]))
        else { return start }
        return skipBlanks(end)
    }

    private func skipBlanks(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == space || bytes[index] == tab { index += 1 }
        return index
    }

    // MARK: - Output

    private mutating func mask(_ range: Range<Int>) {
        guard !range.isEmpty, range.lowerBound >= copied, !isReference(range), !isMasked(range) else { return }
        output += bytes[copied..<range.lowerBound]
        output += Self.maskBytes
        copied = range.upperBound
        changed = true
    }

    /// `$VAR`, `${VAR}` and `${{ secrets.X }}` name a secret without holding it.
    private func isReference(_ range: Range<Int>) -> Bool {
        let value = bytes[range]
        guard value.first == UInt8(ascii: "$"), value.count > 1 else { return false }
        if value.dropFirst().first == UInt8(ascii: "{") { return true }
        return value.dropFirst().allSatisfy { Self.isWordByte($0) && $0 != dash && $0 != UInt8(ascii: ".") }
    }

    /// `****` or `****%40****`: masked already (``ConnectionURL/encodedMasked``).
    private func isMasked(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var sawMask = false
        while index < range.upperBound {
            if index + 4 <= range.upperBound, bytes[index..<index + 4].elementsEqual(Self.maskBytes) {
                index += 4
                sawMask = true
            } else if bytes[index] == UInt8(ascii: "%"), index + 3 <= range.upperBound,
                Self.isHex(bytes[index + 1]), Self.isHex(bytes[index + 2])
            {
                index += 3
            } else {
                return false
            }
        }
        return sawMask
    }

    // MARK: - Bytes

    private static let maskBytes = Array(SecretMasker.mask.utf8)
    private let colon = UInt8(ascii: ":")
    private let slash = UInt8(ascii: "/")
    private let dash = UInt8(ascii: "-")
    private let space = UInt8(ascii: " ")
    private let tab = UInt8(ascii: "\t")
    private let comma = UInt8(ascii: ",")
    private let quote = UInt8(ascii: "\"")
    private let apostrophe = UInt8(ascii: "'")
    private let backtick = UInt8(ascii: "`")
    private let backslash = UInt8(ascii: "\\")

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    static func isQuote(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }
    static func isNewline(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }

    static func isHex(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            true
        default: false
        }
    }

    static func endsCommand(_ byte: UInt8) -> Bool {
        isNewline(byte) || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "&")
    }

    static func endsURL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""),
            UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"):
            true
        default: false
        }
    }
}
