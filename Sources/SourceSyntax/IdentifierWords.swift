/// Splits identifiers into lowercase words: `storage_uri`, `storageURI`, `Storage-URI` and
/// `storage.uri` all give `["storage", "uri"]`.
public enum IdentifierWords {
    public static func split(_ identifier: String) -> [String] {
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
                // `storageURI` → storage|URI, `URIStorage` → URI|Storage.
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
