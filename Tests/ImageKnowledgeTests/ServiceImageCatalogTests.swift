import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// The official service images' entries (BaseImageCatalog+ServiceImages.swift): what each claims about
/// the probe tools rules report, per tag.
@Suite struct ServiceImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func mysqlByMajor() {
        for image in ["mysql:8.4", "mysql:9.1", "mysql", "mysql:lts", "mysql:5.7"] {
            #expect(resolver.availability("mysqladmin", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
            #expect(resolver.availability("bash", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("curl", in: "mysql:9.1").isPresent)
        // 8.0 and 5.7 also had Debian tags without curl.
        #expect(resolver.availability("curl", in: "mysql:8.0-debian").isUnknown)
        #expect(resolver.availability("curl", in: "mysql:5.7").isUnknown)
        #expect(resolver.contents(ofImage: "mysql:8.4").baseEntry?.os == .rhel)
    }

    @Test func phpKeepsCurlEverywhere() {
        for image in ["php:8.3-apache", "php:8.3-fpm", "php:8.2-cli-bookworm", "php:8.3-fpm-alpine", "php"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("php", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("wget", in: "php:8.3-fpm") == .absent)
        #expect(resolver.availability("nc", in: "php:8.3-fpm") == .absent)
        #expect(resolver.availability("gcc", in: "php:8.3-cli").isPresent)
        #expect(resolver.availability("ps", in: "php:8.3-apache").isUnknown)
        #expect(resolver.availability("wget", in: "php:8.3-fpm-alpine").isPresent)
        #expect(resolver.availability("bash", in: "php:8.3-fpm-alpine") == .absent)
    }

    @Test func rubyVariants() {
        #expect(resolver.availability("curl", in: "ruby:3.3").isPresent)
        #expect(resolver.availability("curl", in: "ruby:3.3-slim") == .absent)
        #expect(resolver.availability("wget", in: "ruby:3.3-slim-bookworm") == .absent)
        #expect(resolver.availability("curl", in: "ruby:3.3-alpine") == .absent)
        #expect(resolver.availability("wget", in: "ruby:3.3-alpine3.20").isPresent)
        #expect(resolver.availability("bundle", in: "ruby:3.3-slim").isPresent)
    }

    @Test func webServersAndProxies() {
        #expect(resolver.availability("curl", in: "httpd:2.4") == .absent)
        #expect(resolver.availability("wget", in: "httpd:2.4") == .absent)
        #expect(resolver.availability("wget", in: "httpd:2.4-alpine").isPresent)
        #expect(resolver.availability("curl", in: "haproxy:3.0") == .absent)
        #expect(resolver.availability("nc", in: "haproxy:lts-alpine").isPresent)
        #expect(resolver.availability("curl", in: "traefik:v3.1") == .absent)
        #expect(resolver.availability("wget", in: "traefik").isPresent)
        #expect(resolver.availability("traefik", in: "traefik:v2.11").isPresent)
        #expect(resolver.availability("curl", in: "traefik:v1.7-alpine") == .absent)
        // 1.x plain tags were built FROM scratch: not described.
        #expect(resolver.availability("wget", in: "traefik:1.7").isUnknown)
        #expect(resolver.availability("curl", in: "caddy:2").isUnknown)
        #expect(resolver.availability("wget", in: "caddy:2-alpine").isPresent)
    }

    @Test func brokersAndCaches() {
        for image in ["rabbitmq:3.13", "rabbitmq:3-management", "rabbitmq:4-management-alpine"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("rabbitmq-diagnostics", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("nc", in: "rabbitmq:3.13") == .absent)
        #expect(resolver.availability("python3", in: "rabbitmq:3-management").isUnknown)
        #expect(resolver.availability("nc", in: "memcached:1.6") == .absent)
        #expect(resolver.availability("nc", in: "memcached:1.6-alpine").isPresent)
    }

    @Test func applicationsAndJava() {
        #expect(resolver.availability("curl", in: "wordpress:6-apache").isPresent)
        #expect(resolver.availability("curl", in: "wordpress:cli").isPresent)
        #expect(resolver.availability("wget", in: "wordpress").isUnknown)
        #expect(resolver.availability("curl", in: "ghost:5") == .absent)
        #expect(resolver.availability("node", in: "ghost:6-alpine").isPresent)
        #expect(resolver.availability("curl", in: "mongo-express") == .absent)
        #expect(resolver.availability("curl", in: "adminer:4.8.1-standalone").isPresent)
        #expect(resolver.availability("wget", in: "influxdb:2.7") == .absent)
        #expect(resolver.availability("curl", in: "influxdb:2.7-alpine").isPresent)
        #expect(resolver.availability("wget", in: "influxdb:1.8").isUnknown)
        #expect(resolver.availability("curl", in: "amazoncorretto:21-alpine") == .absent)
        #expect(resolver.availability("java", in: "amazoncorretto:17-alpine3.20").isPresent)
        // Only the alpine variant is described: the Amazon Linux tags stay unknown.
        #expect(resolver.availability("curl", in: "amazoncorretto:21").isUnknown)
    }
}
