/// What a `curl` command line says about how it treats an HTTP error answer, read as curl reads its
/// options (short options clustered, `--opt=value`, `--` ending the options).
struct CurlArguments: Sendable, Hashable {
    /// `-f`, `--fail` or `--fail-with-body`: an answer of 400 or more ends curl with status 22.
    var fails = false
    /// `-w`/`--write-out` (the caller reads the status code), `-K`/`--config` (options from a file), or
    /// an expansion where an option may hide (`$CURL_OPTS`): what happens on an error answer is unknown.
    var undecided = false
    /// The HTTP(S) URLs, literally (`http://localhost:${PORT}/health` kept as written).
    var urls: [String] = []

    /// Short options that take an argument: the rest of the cluster, else the next word, is that argument.
    static let shortWithArgument: Set<Character> = [
        "A", "b", "c", "C", "d", "D", "e", "E", "F", "H", "K", "m", "o", "P", "Q", "r", "t", "T", "u", "U", "w",
        "x", "X", "y", "Y", "z",
    ]
    /// Long options that take the next word as argument (unless written `--opt=value`).
    static let longWithArgument: Set<String> = [
        "abstract-unix-socket", "aws-sigv4", "cacert", "capath", "cert", "cert-type", "ciphers", "config",
        "connect-timeout", "connect-to", "cookie", "cookie-jar", "data", "data-ascii", "data-binary",
        "data-raw", "data-urlencode", "dns-servers", "dump-header", "expect100-timeout", "form", "form-string",
        "header", "interface", "json", "keepalive-time", "key", "key-type", "limit-rate", "max-filesize",
        "max-redirs", "max-time", "noproxy", "oauth2-bearer", "output", "pass", "pinnedpubkey", "proto",
        "proto-redir", "proxy", "proxy-user", "range", "referer", "request", "resolve", "retry", "retry-delay",
        "retry-max-time", "speed-limit", "speed-time", "time-cond", "trace", "trace-ascii", "unix-socket",
        "upload-file", "url", "user", "user-agent", "variable", "write-out", "happy-eyeballs-timeout-ms",
    ]

    init(_ arguments: [String]) {
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                take(operand: argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.contains("=")
                read(long: name)
                if !inline, Self.longWithArgument.contains(name), index < arguments.endIndex {
                    if name == "url" { take(operand: arguments[index]) }
                    index += 1
                }
            } else {
                for (offset, option) in argument.dropFirst().enumerated() {
                    read(short: option)
                    guard Self.shortWithArgument.contains(option) else { continue }
                    // The rest of the cluster is the argument; else the next word is.
                    if offset == argument.count - 2, index < arguments.endIndex { index += 1 }
                    break
                }
            }
        }
    }

    mutating func read(long name: String) {
        switch name {
        case "fail", "fail-with-body": fails = true
        case "write-out", "config": undecided = true
        default: break
        }
    }

    mutating func read(short option: Character) {
        switch option {
        case "f": fails = true
        case "w", "K": undecided = true
        default: break
        }
    }

    mutating func take(operand: String) {
        if operand.hasPrefix("$") || operand.hasPrefix("`") {
            // `curl $OPTS http://…`: the expansion may carry `--fail`.
            undecided = true
            return
        }
        let lowered = operand.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            urls.append(operand)
            return
        }
        // Without a scheme curl speaks HTTP: `curl localhost:8080/health`.
        for host in ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"] where lowered.hasPrefix(host) {
            let next = lowered.dropFirst(host.count).first
            if next == nil || next == ":" || next == "/" { urls.append(operand) }
        }
    }

    /// True when an HTTP error answer leaves curl with exit status 0.
    var ignoresHTTPErrors: Bool { !fails && !undecided && !urls.isEmpty }
}
