import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// The official service images' entries (BaseImageCatalog+ServiceImages.swift): what each claims about
/// the probe tools rules report, per tag.
@Suite struct ServiceImageCatalogTests {
    private let resolver = ImageResolver()

    private func availability(_ program: String, in image: String) -> Availability {
        resolver.contents(ofImage: image).availability(of: program)
    }

    private func isUnknown(_ availability: Availability) -> Bool {
        if case .unknown = availability { return true }
        return false
    }

    @Test func mysqlByMajor() {
        for image in ["mysql:8.4", "mysql:9.1", "mysql", "mysql:lts", "mysql:5.7"] {
            #expect(availability("mysqladmin", in: image).isPresent, "\(image)")
            #expect(availability("wget", in: image) == .absent, "\(image)")
            #expect(availability("nc", in: image) == .absent, "\(image)")
            #expect(availability("bash", in: image).isPresent, "\(image)")
        }
        #expect(availability("curl", in: "mysql:9.1").isPresent)
        // 8.0 and 5.7 also had Debian tags without curl.
        #expect(isUnknown(availability("curl", in: "mysql:8.0-debian")))
        #expect(isUnknown(availability("curl", in: "mysql:5.7")))
        #expect(resolver.contents(ofImage: "mysql:8.4").baseEntry?.os == .rhel)
    }

    @Test func phpKeepsCurlEverywhere() {
        for image in ["php:8.3-apache", "php:8.3-fpm", "php:8.2-cli-bookworm", "php:8.3-fpm-alpine", "php"] {
            #expect(availability("curl", in: image).isPresent, "\(image)")
            #expect(availability("php", in: image).isPresent, "\(image)")
        }
        #expect(availability("wget", in: "php:8.3-fpm") == .absent)
        #expect(availability("nc", in: "php:8.3-fpm") == .absent)
        #expect(availability("gcc", in: "php:8.3-cli").isPresent)
        #expect(isUnknown(availability("ps", in: "php:8.3-apache")))
        #expect(availability("wget", in: "php:8.3-fpm-alpine").isPresent)
        #expect(availability("bash", in: "php:8.3-fpm-alpine") == .absent)
    }

    @Test func rubyVariants() {
        #expect(availability("curl", in: "ruby:3.3").isPresent)
        #expect(availability("curl", in: "ruby:3.3-slim") == .absent)
        #expect(availability("wget", in: "ruby:3.3-slim-bookworm") == .absent)
        #expect(availability("curl", in: "ruby:3.3-alpine") == .absent)
        #expect(availability("wget", in: "ruby:3.3-alpine3.20").isPresent)
        #expect(availability("bundle", in: "ruby:3.3-slim").isPresent)
    }

    @Test func webServersAndProxies() {
        #expect(availability("curl", in: "httpd:2.4") == .absent)
        #expect(availability("wget", in: "httpd:2.4") == .absent)
        #expect(availability("wget", in: "httpd:2.4-alpine").isPresent)
        #expect(availability("curl", in: "haproxy:3.0") == .absent)
        #expect(availability("nc", in: "haproxy:lts-alpine").isPresent)
        #expect(availability("curl", in: "traefik:v3.1") == .absent)
        #expect(availability("wget", in: "traefik").isPresent)
        #expect(availability("traefik", in: "traefik:v2.11").isPresent)
        #expect(availability("curl", in: "traefik:v1.7-alpine") == .absent)
        // 1.x plain tags were built FROM scratch: not described.
        #expect(isUnknown(availability("wget", in: "traefik:1.7")))
        #expect(isUnknown(availability("curl", in: "caddy:2")))
        #expect(availability("wget", in: "caddy:2-alpine").isPresent)
    }

    @Test func brokersAndCaches() {
        for image in ["rabbitmq:3.13", "rabbitmq:3-management", "rabbitmq:4-management-alpine"] {
            #expect(availability("curl", in: image) == .absent, "\(image)")
            #expect(availability("rabbitmq-diagnostics", in: image).isPresent, "\(image)")
        }
        #expect(availability("nc", in: "rabbitmq:3.13") == .absent)
        #expect(isUnknown(availability("python3", in: "rabbitmq:3-management")))
        #expect(availability("nc", in: "memcached:1.6") == .absent)
        #expect(availability("nc", in: "memcached:1.6-alpine").isPresent)
    }

    @Test func applicationsAndJava() {
        #expect(availability("curl", in: "wordpress:6-apache").isPresent)
        #expect(availability("curl", in: "wordpress:cli").isPresent)
        #expect(isUnknown(availability("wget", in: "wordpress")))
        #expect(availability("curl", in: "ghost:5") == .absent)
        #expect(availability("node", in: "ghost:6-alpine").isPresent)
        #expect(availability("curl", in: "mongo-express") == .absent)
        #expect(availability("curl", in: "adminer:4.8.1-standalone").isPresent)
        #expect(availability("wget", in: "influxdb:2.7") == .absent)
        #expect(availability("curl", in: "influxdb:2.7-alpine").isPresent)
        #expect(isUnknown(availability("wget", in: "influxdb:1.8")))
        #expect(availability("curl", in: "amazoncorretto:21-alpine") == .absent)
        #expect(availability("java", in: "amazoncorretto:17-alpine3.20").isPresent)
        // Only the alpine variant is described: the Amazon Linux tags stay unknown.
        #expect(isUnknown(availability("curl", in: "amazoncorretto:21")))
    }
}
