import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Data-store images (BaseImageCatalog+DataStoreImages.swift): Redis forks and PostgreSQL extension images, for
/// every name each is published under, and which tags stay unknown.
@Suite struct DataStoreImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func valkeyDebianHasNoHTTPClientAndAlpineHasBusyboxWget() {
        let debian = ["valkey/valkey", "valkey/valkey:8.1", "public.ecr.aws/valkey/valkey:7.2.8-bookworm"]
        // The redis-* compatibility links are not in every release.
        resolver.expect(
            debian, absent: ["curl", "wget", "nc"], present: ["valkey-cli", "bash"], unknown: ["redis-cli"])
        for image in debian {
            #expect(resolver.contents(ofImage: image).baseEntry?.healthCommand == "valkey-cli ping", "\(image)")
        }
        resolver.expect(
            ["valkey/valkey:8-alpine", "valkey/valkey:alpine3.21"], absent: ["curl", "bash"], present: ["wget", "nc"])
    }

    @Test func postgisAndPgvectorKeepThePostgresTools() {
        let debian = [
            "postgis/postgis:16-3.4", "postgis/postgis", "pgvector/pgvector:pg16", "pgvector/pgvector:0.8.0-pg17",
        ]
        resolver.expect(
            debian, absent: ["curl", "wget", "nc"], present: ["pg_isready", "psql", "docker-entrypoint.sh"])
        for image in debian {
            #expect(resolver.contents(ofImage: image).baseEntry?.healthCommand == "pg_isready", "\(image)")
        }
        resolver.expect(["postgis/postgis:16-3.4-alpine"], absent: ["curl"], present: ["wget", "bash", "pg_isready"])
        resolver.expect(["postgis/postgis:16-3.4"], unknown: ["shp2pgsql"])
    }

    @Test func timescaleDBIsAlpineWhateverTheTagSays() {
        resolver.expect(
            ["timescale/timescaledb:latest-pg16", "timescale/timescaledb:2.17.2-pg17-oss"], absent: ["curl"],
            present: ["wget", "psql", "bash"])
        // Bitnami-based tags are another build; the HA image is another repository.
        resolver.expect(
            ["timescale/timescaledb:latest-pg14-bitnami", "timescale/timescaledb-ha:pg16"], unknown: ["curl"])
    }

    @Test func dragonflyHasNetcatButNoHTTPClient() {
        let images = [
            "docker.dragonflydb.io/dragonflydb/dragonfly", "ghcr.io/dragonflydb/dragonfly:v1.21.2",
            "ghcr.io/dragonflydb/dragonfly:v1.13.0-ubuntu",
        ]
        resolver.expect(images, absent: ["curl", "wget"], present: ["nc"], unknown: ["redis-cli"])
        for image in images {
            let entry = resolver.contents(ofImage: image).baseEntry
            #expect(entry?.healthcheck == .declared("/usr/local/bin/healthcheck.sh"), "\(image)")
        }
        resolver.expect(
            ["ghcr.io/dragonflydb/dragonfly:v0.11.0", "ghcr.io/dragonflydb/dragonfly:v1.21.2-alpine"],
            unknown: ["curl"])
    }

    @Test func keyDBLinksRedisCli() {
        resolver.expect(
            ["eqalpha/keydb", "eqalpha/keydb:x86_64_v6.3.4"], absent: ["curl", "wget", "nc"],
            present: ["redis-cli", "keydb-cli"])
        resolver.expect(["eqalpha/keydb:alpine_x86_64_v6.3.4"], unknown: ["wget"])
    }

    @Test func everyDataStoreEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.dataStoreImageEntries {
            #expect(entry.evidence.contains("Dockerfile"), "\(entry.displayName)")
            #expect(entry.healthcheck != .none, "\(entry.displayName): not an official image")
        }
    }
}
