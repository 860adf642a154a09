import ShipshapeCore
import Testing

@testable import DependencyProbes

@Suite struct DependencyDiscoveryTests {
    @Test func incidentRedisURLNeedsEncoding() throws {
        let endpoints = DependencyDiscovery.endpoints(in: ["REDIS_URL": "redis://:Xy7@k#9q/2@redis:6379/0"])
        let redis = try #require(endpoints.first)
        #expect(endpoints.count == 1)
        #expect(redis.kind == .redis)
        #expect(redis.host == "redis")
        #expect(redis.port == 6379)
        #expect(redis.password?.exposedValue == "Xy7@k#9q/2")
        #expect(redis.database == "0")
        #expect(redis.unencodedCharacters == ["@", "#", "/"])
        #expect(redis.passwordNeedsEncoding)
        let strict = try #require(redis.strictReading)
        #expect(strict.host == "****")  // urllib reads "k", a piece of the password: never shown
        #expect(strict.passwordLength == 3)
        #expect(redis.display == "redis://:****@redis:6379/0")
    }

    @Test func encodedURLAgreesWithStrictParser() throws {
        let endpoint = try #require(
            DependencyDiscovery.endpoint(
                variable: "DATABASE_URL", url: "postgresql://app:p%40ss@db/shop?sslmode=require"))
        #expect(endpoint.kind == .postgres)
        #expect(endpoint.port == 5432)
        #expect(endpoint.user == "app")
        #expect(endpoint.password?.exposedValue == "p@ss")
        #expect(endpoint.database == "shop")
        #expect(endpoint.tls)
        #expect(endpoint.strictReading == nil)
        #expect(!endpoint.passwordNeedsEncoding)
    }

    @Test func hostAndPortGroups() throws {
        let endpoints = DependencyDiscovery.endpoints(in: [
            "REDIS_HOST": "cache", "REDIS_PORT": "6380", "REDIS_PASSWORD": "s3cret",
            "POSTGRES_HOST": "db", "POSTGRES_USER": "app", "POSTGRES_PASSWORD": "pw", "POSTGRES_DB": "shop",
            "SEARCH_HOST": "es", "SEARCH_PORT": "9200", "MAIL_HOST": "smtp.example.test",
            "PGHOST": "replica", "PGPORT": "5433", "PGUSER": "ro",
            "CELERY_BROKER_URL": "redis://broker:6379/1", "API_URL": "https://api.example.test",
        ])
        #expect(
            endpoints.map(\.display) == [
                "redis://broker:6379/1",
                "postgresql://ro@replica:5433",
                "postgresql://app:****@db:5432/shop",
                "redis://:****@cache:6380",
                "tcp://es:9200",
            ])
        #expect(
            endpoints.map(\.variable) == [
                "CELERY_BROKER_URL", "PGHOST/PGPORT", "POSTGRES_HOST/POSTGRES_PASSWORD",
                "REDIS_HOST/REDIS_PORT/REDIS_PASSWORD", "SEARCH_HOST/SEARCH_PORT",
            ])
    }

    @Test func databaseContainerOwnSettingsAreNoEndpoint() {
        #expect(DependencyDiscovery.endpoints(in: ["POSTGRES_PASSWORD": "pw", "POSTGRES_DB": "shop"]).isEmpty)
    }
}
