import Testing

@testable import ImageKnowledge

/// Bitnami's images on minideb (BaseImageCatalog+BitnamiImages.swift): the database and nginx images remove the
/// curl they fetched the application with, the JVM and Erlang images keep it; none has wget.
@Suite struct BitnamiImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func mongoDBHasNoHTTPClient() {
        resolver.expect(
            [
                "bitnami/mongodb:7.0", "bitnami/mongodb:8.0.4-debian-12-r2", "bitnami/mongodb",
                "docker.io/bitnami/mongodb:7",
            ],
            absent: ["curl", "wget", "mongo", "nc"], present: ["mongod", "bash", "numactl"], unknown: ["mongosh"])
        resolver.expect(["bitnami/mongodb:6.0", "bitnami/mongodb:5.0.14"], unknown: ["curl", "wget"])
    }

    @Test func mySQLAndMariaDBRemoveTheirCurl() {
        resolver.expect(
            ["bitnami/mysql:8.4", "bitnami/mysql:8.4.3-debian-12-r6"], absent: ["curl", "wget", "nc"],
            present: ["mysqladmin", "mysql", "bash"])
        resolver.expect(
            ["bitnami/mariadb:11.4", "bitnami/mariadb:11.4.3-debian-12-r1"], absent: ["curl", "wget"],
            present: ["mariadb-admin", "mariadb"], unknown: ["mysqladmin"])
        resolver.expect(
            [
                "bitnami/mysql:8.0", "bitnami/mysql:9.1", "bitnami/mysql", "bitnami/mariadb:10.6",
                "bitnami/mariadb:11.8",
            ],
            unknown: ["curl", "wget"])
        #expect(
            resolver.contents(ofImage: "bitnami/mysql:8.4").baseEntry?.healthCommand == "mysqladmin ping -h localhost")
        #expect(
            resolver.contents(ofImage: "bitnami/mariadb:11.4").baseEntry?.healthCommand
                == "mariadb-admin ping -h localhost")
    }

    @Test func nginxRemovesItsCurl() {
        resolver.expect(
            ["bitnami/nginx:1.27", "bitnami/nginx:1.27.3-debian-12-r5"], absent: ["curl", "wget"],
            present: ["nginx", "openssl", "bash"])
        resolver.expect(["bitnami/nginx:1.25", "bitnami/nginx:1.29", "bitnami/nginx"], unknown: ["curl"])
    }

    @Test func rabbitMQKeycloakAndZooKeeperKeepCurl() {
        resolver.expect(
            ["bitnami/rabbitmq:3.13", "bitnami/rabbitmq:4.0.3-debian-12-r0"], absent: ["wget", "nc"],
            present: ["curl", "rabbitmq-diagnostics", "rabbitmqctl"])
        resolver.expect(["bitnami/rabbitmq:3.12", "bitnami/rabbitmq:4.1"], unknown: ["curl", "wget"])
        #expect(
            resolver.contents(ofImage: "bitnami/rabbitmq:4.0").baseEntry?.healthCommand
                == "rabbitmq-diagnostics -q ping")
        resolver.expect(
            ["bitnami/keycloak:26", "bitnami/keycloak:26.3.0"], absent: ["wget", "nc"],
            present: ["curl", "java", "kc.sh"])
        resolver.expect(["bitnami/keycloak:24", "bitnami/keycloak:25.0.6"], unknown: ["curl"])
        resolver.expect(
            ["bitnami/zookeeper:3.9", "bitnami/zookeeper:3.9.4"], absent: ["wget"],
            present: ["curl", "nc", "zkServer.sh", "java"])
        resolver.expect(["bitnami/zookeeper:3.8"], unknown: ["curl", "nc"])
    }

    @Test func everyBitnamiEntryCitesItsDockerfile() {
        for entry in BaseImageCatalog.bitnamiImageEntries {
            #expect(entry.evidence.contains("bitnami/containers") && entry.evidence.contains("Dockerfile"))
            #expect(entry.os == .debian, "\(entry.displayName)")
        }
    }
}

extension BitnamiImageCatalogTests {
    @Test func elasticsearchMinIOAndMemcached() {
        resolver.expect(
            ["bitnami/elasticsearch:8.17.2", "bitnami/elasticsearch:8.5.3-debian-11-r4"], absent: ["wget", "nc"],
            present: ["curl", "java", "elasticsearch"])
        resolver.expect(["bitnami/elasticsearch:7.17", "bitnami/elasticsearch:9.0"], unknown: ["curl"])
        resolver.expect(
            ["bitnami/minio:2025.9.7", "bitnami/minio:2025.9.7-debian-12-r1"], absent: ["wget"],
            present: ["curl", "mc", "jq"])
        resolver.expect(["bitnami/minio:2024.1.1"], unknown: ["curl", "wget"])
        resolver.expect(
            ["bitnami/memcached:1.6", "bitnami/memcached:1.6.9-debian-10-r166", "bitnami/memcached:1.6.40"],
            absent: ["wget"], present: ["memcached", "bash"], unknown: ["curl", "nc"])
    }
}

extension BitnamiImageCatalogTests {
    @Test func bitnamiLegacyCopiesAreTheSameImages() {
        resolver.expect(
            ["bitnamilegacy/mongodb:7.0", "docker.io/bitnamilegacy/mysql:8.4", "bitnamilegacy/postgresql:16"],
            absent: ["curl", "wget"])
        resolver.expect(
            ["bitnamilegacy/kafka:3.9", "bitnamilegacy/keycloak:26.3.0"], absent: ["wget"], present: ["curl"])
        resolver.expect(["bitnamilegacy/redis:7.0", "bitnamilegacy/mysql:8.0"], unknown: ["curl"])
    }
}
