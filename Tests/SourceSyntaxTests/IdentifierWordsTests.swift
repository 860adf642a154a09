import Testing

@testable import SourceSyntax

@Suite struct IdentifierWordsTests {
    @Test(arguments: [
        ("storage_uri", ["storage", "uri"]),
        ("storageURI", ["storage", "uri"]),
        ("URIStorage", ["uri", "storage"]),
        ("Storage-URI", ["storage", "uri"]),
        ("RATE_LIMIT_STORAGE", ["rate", "limit", "storage"]),
        ("redis2Url", ["redis2", "url"]),
        ("_private", ["private"]),
        ("größeLimit", ["größe", "limit"]),
        ("", []),
    ])
    func splitsIntoLowercaseWords(identifier: String, words: [String]) {
        #expect(IdentifierWords.split(identifier) == words)
    }
}
