/// Splits identifiers into lowercase words: `storage_uri`, `storageURI`, `Storage-URI` and
/// `storage.uri` all give `["storage", "uri"]`.
public enum IdentifierWords {
    public static func split(_ identifier: String) -> [String] {
        let utf8 = Array(identifier.utf8)
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return splitCharacters(identifier) }
        // ASCII, the common case, without Unicode property lookups.
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for (index, byte) in utf8.enumerated() {
            guard isLower(byte) || isUpper(byte) else {
                flush()
                continue
            }
            if isUpper(byte), !current.isEmpty {
                let previous = utf8[index - 1]
                let nextIsLower = index + 1 < utf8.count && (0x61...0x7A).contains(utf8[index + 1])
                // `storageURI` → storage|URI, `URIStorage` → URI|Storage.
                if isLower(previous) || (isUpper(previous) && nextIsLower) { flush() }
            }
            current.append(isUpper(byte) ? byte + 0x20 : byte)
        }
        flush()
        return words
    }

    /// The same rules with Unicode letter properties, for identifiers outside ASCII.
    static func splitCharacters(_ identifier: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(identifier)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if character.isUppercase, !current.isEmpty {
                let previousIsLower = characters[index - 1].isLowercase || characters[index - 1].isNumber
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if previousIsLower || (characters[index - 1].isUppercase && nextIsLower) {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }
}
