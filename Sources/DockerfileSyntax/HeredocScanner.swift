import ShipshapeCore

/// Finds heredoc openers in an instruction's arguments.
enum HeredocScanner {
    static func markers(in scalars: [Unicode.Scalar]) -> [HeredocMarker] {
        var markers: [HeredocMarker] = []
        var quote: Unicode.Scalar?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
                index += 1
                continue
            }
            if scalar == "'" || scalar == "\"" {
                quote = scalar
                index += 1
                continue
            }
            if scalar == "<", atWordStart(scalars, index), index + 1 < scalars.count, scalars[index + 1] == "<",
                let found = parseMarker(in: scalars, from: index + 2)
            {
                markers.append(found.marker)
                index = found.next
                continue
            }
            index += 1
        }
        return markers
    }

    /// A heredoc operator starts a word, or follows a redirection-ish character or a file descriptor.
    private static func atWordStart(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = scalars[index - 1]
        if previous == "<" { return false }
        return SourceLines.isBlank(previous) || ";&|(>".unicodeScalars.contains(previous)
            || (previous.properties.numericType != nil && (index < 2 || SourceLines.isBlank(scalars[index - 2])))
    }

    private static func parseMarker(in scalars: [Unicode.Scalar], from start: Int) -> (
        marker: HeredocMarker, next: Int
    )? {
        var index = start
        var stripTabs = false
        if index < scalars.count, scalars[index] == "-" {
            stripTabs = true
            index += 1
        }
        var quote: Unicode.Scalar?
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
            quote = scalars[index]
            index += 1
        }
        var delimiter = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote, scalar == open {
                index += 1
                break
            }
            if quote == nil, !isDelimiterScalar(scalar) { break }
            delimiter.append(scalar)
            index += 1
        }
        guard !delimiter.isEmpty else { return nil }
        return (HeredocMarker(delimiter: String(delimiter), quoted: quote != nil, stripTabs: stripTabs), index)
    }

    private static func isDelimiterScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
            || scalar == "."
    }
}
