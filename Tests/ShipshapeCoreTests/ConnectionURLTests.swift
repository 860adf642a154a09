import Testing

@testable import ShipshapeCore

@Suite struct ConnectionURLTests {
    @Test func readsAPlainRedisURL() throws {
        let url = try #require(ConnectionURL.parse("redis://:s3cret@redis:6379/0"))
        #expect(url.scheme == "redis")
        #expect(url.user == nil)
        #expect(url.password?.exposedValue == "s3cret")
        #expect(url.host == "redis")
        #expect(url.port == 6379)
        #expect(url.path == "/0")
        #expect(!url.needsEncoding)
        #expect(url.masked == "redis://:****@redis:6379/0")
        #expect("\(url)" == "redis://:****@redis:6379/0")
    }

    @Test func readsTheIncidentsUnencodedPasswordTheWayAPersonDoes() throws {
        let url = try #require(ConnectionURL.parse("redis://default:p@ss#w/rd?@redis:6379/0"))
        #expect(url.user == "default")
        #expect(url.password?.exposedValue == "p@ss#w/rd?")
        #expect(url.host == "redis")
        #expect(url.port == 6379)
        #expect(url.unencodedCharacters == ["@", "#", "/", "?"])
        #expect(url.encoded == "redis://default:p%40ss%23w%2Frd%3F@redis:6379/0")
        #expect(url.encodedMasked == "redis://default:****%40****%23****%2F****%3F@redis:6379/0")
        #expect(!url.masked.contains("ss"))
    }

    @Test func keepsValidEscapesAndFlagsAStrayPercent() throws {
        let encoded = try #require(ConnectionURL.parse("postgresql://app:p%40ss@db:5432/app?sslmode=disable"))
        #expect(encoded.password?.exposedValue == "p@ss")
        #expect(!encoded.needsEncoding)
        #expect(encoded.query == "sslmode=disable")
        #expect(encoded.encoded == "postgresql://app:p%40ss@db:5432/app?sslmode=disable")

        let stray = try #require(ConnectionURL.parse("postgres://app:100%sure@db/app"))
        #expect(stray.unencodedCharacters == ["%"])
        #expect(stray.password?.exposedValue == "100%sure")
    }

    @Test func colonsInsideThePasswordAreFine() throws {
        let url = try #require(ConnectionURL.parse("redis://user:a:b:c@cache"))
        #expect(url.password?.exposedValue == "a:b:c")
        #expect(!url.needsEncoding)
        #expect(url.port == nil)
    }

    @Test func anAtSignInThePathIsNotACredential() throws {
        let url = try #require(ConnectionURL.parse("https://cdn.test/@scope/pkg"))
        #expect(url.user == nil)
        #expect(url.password == nil)
        #expect(url.host == "cdn.test")
        #expect(url.path == "/@scope/pkg")
    }

    @Test func readsIPv6AndRejectsWhatIsNotAURL() throws {
        let url = try #require(ConnectionURL.parse("redis://[::1]:6380"))
        #expect(url.host == "::1")
        #expect(url.port == 6380)
        #expect(url.masked == "redis://[::1]:6380")
        #expect(ConnectionURL.parse("redis:6379") == nil)
        #expect(ConnectionURL.parse("://host") == nil)
        #expect(ConnectionURL.parse("redis://host:99999") == nil)
        #expect(ConnectionURL.parse("redis://") == nil)
    }
}
