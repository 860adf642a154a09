import ShipshapeCore

/// A loopback address a probe calls inside a container: `http://localhost:8000/health`, `nc -z 127.0.0.1 6379`.
struct ProbeURL: Sendable, Hashable {
    let port: Int
    /// The whole URL as written.
    let url: String
    /// Where the port stands (or the URL, when the port is implied by the scheme).
    let location: SourceLocation

    static let loopbackHosts: Set<String> = ["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1"]

    /// Every loopback HTTP(S) URL among the words, and `nc HOST PORT` targets.
    static func find(in words: [TextWord]) -> [ProbeURL] {
        var found = words.compactMap(parse)
        found += words.flatMap(connections)
        if let first = words.first?.programName, ["nc", "netcat", "ncat"].contains(first) {
            let operands = words.dropFirst().filter { !$0.value.hasPrefix("-") }
            if operands.count >= 2, loopbackHosts.contains(operands[operands.startIndex].value),
                let port = Int(operands[operands.startIndex + 1].value)
            {
                let word = operands[operands.startIndex + 1]
                found.append(
                    ProbeURL(port: port, url: "\(operands[operands.startIndex].value):\(port)", location: word.location)
                )
            }
        }
        return found
    }

    /// A loopback host and port written as arguments in code a probe runs (`python -c "…"`):
    /// `http.client.HTTPConnection('localhost', 80)`, `socket.create_connection(("127.0.0.1", 6379))`,
    /// `HTTPConnection("localhost", port=8000)`. A port held in a variable is never guessed.
    static func connections(in word: TextWord) -> [ProbeURL] {
        let value = word.value
        guard
            value.contains("localhost") || value.contains("127.0.0.1") || value.contains("::1")
                || value.contains("0.0.0.0")
        else { return [] }
        // A hand-written scan: this runs on every word of every followed script, where a regex cost a quarter of
        // a large repository's lint.
        let scalars = Array(value.unicodeScalars)
        var found: [ProbeURL] = []
        for start in scalars.indices where scalars[start] == "'" || scalars[start] == "\"" {
            for host in connectionHosts {
                guard let port = connectionPort(in: scalars, afterQuote: start, host: host) else { continue }
                found.append(
                    ProbeURL(
                        port: port.value, url: "\(String(String.UnicodeScalarView(host))):\(port.value)",
                        location: word.text.location(of: port.range)))
            }
        }
        return found
    }

    static let connectionHosts: [[Unicode.Scalar]] = ["localhost", "127.0.0.1", "0.0.0.0", "::1"].map {
        Array($0.unicodeScalars)
    }

    /// `'HOST', 8000` or `"HOST", port=8000` at `quote`: the port and where its digits stand.
    static func connectionPort(in scalars: [Unicode.Scalar], afterQuote quote: Int, host: [Unicode.Scalar])
        -> (value: Int, range: Range<Int>)?
    {
        let hostEnd = quote + 1 + host.count
        guard hostEnd < scalars.count, Array(scalars[(quote + 1)..<hostEnd]) == host,
            scalars[hostEnd] == "'" || scalars[hostEnd] == "\""
        else { return nil }
        var index = hostEnd + 1
        func skipSpaces() { while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 } }
        skipSpaces()
        guard index < scalars.count, scalars[index] == "," else { return nil }
        index += 1
        skipSpaces()
        let keyword = Array("port".unicodeScalars)
        if index + keyword.count <= scalars.count, Array(scalars[index..<(index + keyword.count)]) == keyword {
            var after = index + keyword.count
            while after < scalars.count, scalars[after].properties.isWhitespace { after += 1 }
            if after < scalars.count, scalars[after] == "=" {
                index = after + 1
                skipSpaces()
            }
        }
        let digitsStart = index
        while index < scalars.count, index - digitsStart < 6, ("0"..."9").contains(scalars[index]) { index += 1 }
        let count = index - digitsStart
        // One to five digits, then no word character (the regex's `\b`).
        guard (1...5).contains(count) else { return nil }
        if index < scalars.count {
            let next = scalars[index]
            if next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_" { return nil }
        }
        guard let port = Int(String(String.UnicodeScalarView(scalars[digitsStart..<index]))) else { return nil }
        return (port, digitsStart..<index)
    }

    /// Parses one word holding a URL (possibly inside other text, e.g. `--url=http://...`).
    static func parse(_ word: TextWord) -> ProbeURL? {
        let scalars = word.text.scalars
        let value = word.value
        guard let schemeRange = value.range(of: "http://") ?? value.range(of: "https://") else { return nil }
        let https = value[schemeRange].hasPrefix("https")
        let startOffset = value.unicodeScalars.distance(
            from: value.unicodeScalars.startIndex, to: schemeRange.upperBound)
        var index = startOffset
        var host = ""
        if index < scalars.count, scalars[index] == "[" {
            while index < scalars.count, scalars[index] != "]" {
                host.unicodeScalars.append(scalars[index]); index += 1
            }
            if index < scalars.count { host.unicodeScalars.append(scalars[index]); index += 1 }
        } else {
            while index < scalars.count, ![":", "/", "?", "#", "\"", "'", " "].contains(scalars[index]) {
                host.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        guard loopbackHosts.contains(host.lowercased()) else { return nil }
        var end = index
        while end < scalars.count, !CharacterClass.urlEnd.contains(scalars[end]) { end += 1 }
        let url = String(String.UnicodeScalarView(scalars[(startOffset - (https ? 8 : 7))..<end]))
        guard index < scalars.count, scalars[index] == ":" else {
            return ProbeURL(port: https ? 443 : 80, url: url, location: word.text.location(of: startOffset..<index))
        }
        let portStart = index + 1
        var portEnd = portStart
        while portEnd < scalars.count, ("0"..."9").contains(scalars[portEnd]) { portEnd += 1 }
        guard portEnd > portStart, let port = Int(String(String.UnicodeScalarView(scalars[portStart..<portEnd]))) else {
            return nil  // `:$PORT` and the like: unknown, never guessed.
        }
        return ProbeURL(port: port, url: url, location: word.text.location(of: portStart..<portEnd))
    }
}

enum CharacterClass {
    static let urlEnd: Set<Unicode.Scalar> = [" ", "\t", "\n", "\"", "'", "`", ";", "|", "&", ")", ">", "<"]
    static let urlEndCharacters = Set(urlEnd.map(Character.init))
}
