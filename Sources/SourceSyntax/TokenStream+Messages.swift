import ShipshapeCore

extension TokenStream {
    /// `key=value` pairs written in a log message string, where the value is a bare word. Interpolated parts (`{x}`, `${x}`) and `%s` placeholders are never values.
    func messageClaims(in index: Int) -> [LogClaim] {
        guard let value = tokens[index].stringValue else { return [] }
        let characters = Array(value)
        var claims: [LogClaim] = []
        var position = 0
        var source = ScalarCursor(tokens[index])
        while position < characters.count {
            guard Self.isKeyStart(characters[position]),
                position == 0 || !Self.isKeyPart(characters[position - 1])
            else {
                position += 1
                continue
            }
            let keyStart = position
            while position < characters.count, Self.isKeyPart(characters[position]) { position += 1 }
            let key = String(characters[keyStart..<position])
            var cursor = position
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            // Only `key=value`: `Error: redis unavailable` is prose, not a field.
            guard cursor < characters.count, characters[cursor] == "=" else { continue }
            // `a==b` is a comparison.
            if cursor + 1 < characters.count, characters[cursor + 1] == "=" { continue }
            cursor += 1
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            let valueStart = cursor
            while cursor < characters.count, Self.isValuePart(characters[cursor]) { cursor += 1 }
            let word = String(characters[valueStart..<cursor])
            // `redis-{suffix}`, `http://…`, `redis:6379`: not a bare word.
            let endsCleanly = cursor == characters.count || !"\u{1}:/@".contains(characters[cursor])
            guard let first = word.first, first.isLetter || first.isNumber, endsCleanly, Self.isKeyLike(key) else {
                position = max(cursor, position + 1)
                continue
            }
            let matched = String(characters[keyStart..<cursor])
            let location = messageLocation(of: matched, valueLength: word.count, in: index, cursor: &source)
            claims.append(
                LogClaim(key: key, value: .string(word), form: .message, location: location, scope: scope(of: index)))
            position = cursor
        }
        return claims
    }

    static func isKeyStart(_ character: Character) -> Bool { character.isLetter || character == "_" }
    static func isKeyPart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "-"
    }
    static func isValuePart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "_.+-".contains(character)
    }

    /// Where the value of `matched` (`storage=redis`) stands in the source of a string token. The
    /// search goes forward from the previous match, so a long message is walked once; the token's
    /// start when escapes make the text impossible to find.
    func messageLocation(of matched: String, valueLength: Int, in index: Int, cursor: inout ScalarCursor)
        -> SourceLocation
    {
        let needle = Array(matched.unicodeScalars)
        let raw = cursor.scalars
        guard !needle.isEmpty, raw.count >= needle.count, cursor.offset <= raw.count - needle.count,
            let offset = (cursor.offset...(raw.count - needle.count)).first(where: {
                raw[$0..<($0 + needle.count)].elementsEqual(needle)
            })
        else { return location(from: index, to: index) }
        cursor.move(to: offset + needle.count - valueLength)
        let start = (cursor.line, cursor.column)
        cursor.move(to: offset + needle.count)
        return SourceLocation(file: file, line: start.0, column: start.1, endColumn: start.1 + valueLength)
    }
}
