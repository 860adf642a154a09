import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Infrastructure, observability and self-hosted application images (BaseImageCatalog+InfrastructureImages.swift):
/// what each claims about the probe tools, per release, where the projects changed base images within a major.
@Suite struct InfrastructureImageCatalogTests {
    private let resolver = ImageResolver()

    private func availability(_ program: String, in image: String) -> Availability {
        resolver.contents(ofImage: image).availability(of: program)
    }

    private func isUnknown(_ availability: Availability) -> Bool {
        if case .unknown = availability { return true }
        return false
    }

    @Test func lokiByRelease() {
        // Alpine until 3.1: busybox wget, no curl.
        for image in ["grafana/loki:2.9.4", "grafana/loki:3.1.1"] {
            #expect(availability("wget", in: image).isPresent, "\(image)")
            #expect(availability("curl", in: image) == .absent, "\(image)")
        }
        // Distroless with busybox (3.2–3.5): no curl; the busybox applets are not claimed.
        #expect(availability("curl", in: "grafana/loki:3.3.2") == .absent)
        #expect(isUnknown(availability("wget", in: "grafana/loki:3.3.2")))
        #expect(resolver.contents(ofImage: "grafana/loki:3.3.2").hasShell == true)
        // From 3.6: nothing but loki; `latest` and a bare `3` float to the current line.
        for image in [
            "grafana/loki:3.6.0", "grafana/loki:3.7.2", "grafana/loki", "grafana/loki:3", "docker.io/grafana/loki:3.7",
        ] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.availability(of: "sh") == .absent, "\(image)")
            #expect(contents.hasShell == false, "\(image)")
            #expect(contents.availability(of: "loki").isPresent, "\(image)")
        }
        #expect(resolver.contents(ofImage: "grafana/loki:3.7.2").baseEntry?.healthCommand == "/usr/bin/loki -health")
        #expect(resolver.contents(ofImage: "grafana/loki:3.6.1").baseEntry?.healthCommand == nil)
        #expect(isUnknown(availability("curl", in: "grafana/loki:2.6.1")))
    }

    @Test func tempoByRelease() {
        #expect(availability("wget", in: "grafana/tempo:2.3.1").isPresent)
        #expect(availability("curl", in: "grafana/tempo:2.6.0") == .absent)
        #expect(availability("curl", in: "grafana/tempo:2.8.2") == .absent)
        #expect(isUnknown(availability("wget", in: "grafana/tempo:2.8.2")))
        for image in ["grafana/tempo:2.10.5", "grafana/tempo:3.0.3", "grafana/tempo:latest"] {
            #expect(availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.contents(ofImage: image).hasShell == false, "\(image)")
        }
        #expect(isUnknown(availability("curl", in: "grafana/tempo:1.5.0")))
    }

    @Test func mimirByRelease() {
        #expect(availability("wget", in: "grafana/mimir:2.10.0").isPresent)
        #expect(availability("curl", in: "grafana/mimir:2.12.0") == .absent)
        for image in ["grafana/mimir:2.14.0", "grafana/mimir:3.0.1", "grafana/mimir"] {
            #expect(availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.contents(ofImage: image).hasShell == false, "\(image)")
        }
        #expect(isUnknown(availability("curl", in: "grafana/mimir-alpine:2.14.0")))
    }

    @Test func grafanaByReleaseAndDistribution() {
        for image in ["grafana/grafana-oss:9.3.2", "grafana/grafana:8.5.27"] {
            #expect(availability("curl", in: image) == .absent, "\(image)")
            #expect(availability("wget", in: image).isPresent, "\(image)")
        }
        for image in ["grafana/grafana:12.4.2", "grafana/grafana-oss", "grafana/grafana:11.3.0-ubuntu"] {
            #expect(availability("curl", in: image).isPresent, "\(image)")
        }
        #expect(availability("wget", in: "grafana/grafana:12.4.2").isPresent)
        // 9.4–9.5 is not settled, and -ubuntu tags are not the Alpine build.
        #expect(isUnknown(availability("curl", in: "grafana/grafana:9.5.3")))
        #expect(availability("curl", in: "grafana/grafana:9.3.2-ubuntu").isPresent)
        #expect(resolver.contents(ofImage: "grafana/grafana:9.3.2-ubuntu").baseEntry?.os == .ubuntu)
    }

    @Test func promtailAndAlloyHaveBashButNoHTTPClient() {
        for image in ["grafana/promtail:2.9.4", "grafana/promtail:3.3.2", "grafana/alloy:v1.5.1", "grafana/alloy"] {
            #expect(availability("curl", in: image) == .absent, "\(image)")
            #expect(availability("bash", in: image).isPresent, "\(image)")
        }
        #expect(availability("wget", in: "grafana/promtail:2.9.4") == .absent)
        #expect(isUnknown(availability("wget", in: "grafana/promtail:3.0.0")))
        #expect(availability("wget", in: "grafana/alloy:v1.5.1") == .absent)
    }

    @Test func emptyImagesHaveNoShell() {
        for image in ["portainer/portainer-ce:2.21.4", "portainer/portainer-ce:lts", "nats:2.10", "nats"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.hasShell == false, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.availability(of: "pgrep") == .absent, "\(image)")
        }
        #expect(availability("nats-server", in: "nats:2.10").isPresent)
        #expect(isUnknown(availability("wget", in: "portainer/portainer-ce:2.21.4-alpine")))
        #expect(availability("wget", in: "nats:2.10-alpine").isPresent)
        #expect(availability("curl", in: "nats:2.10-alpine") == .absent)
    }

    @Test func alpineBasedServersHaveBusyboxWget() {
        for image in ["registry:2", "registry:2.8.3", "eclipse-mosquitto:2.0.18", "jaegertracing/all-in-one:1.57"] {
            #expect(availability("curl", in: image) == .absent, "\(image)")
            #expect(availability("wget", in: image).isPresent, "\(image)")
        }
        #expect(availability("mosquitto_sub", in: "eclipse-mosquitto:2").isPresent)
        for image in ["registry:3", "registry", "jaegertracing/all-in-one", "jaegertracing/all-in-one:1.17"] {
            #expect(isUnknown(availability("curl", in: image)), "\(image)")
        }
    }

    @Test func envoyIsUbuntuWithoutHTTPClient() {
        for image in ["envoyproxy/envoy:v1.31.7", "envoyproxy/envoy:v1.28-latest", "envoyproxy/envoy:contrib-v1.30.1"] {
            #expect(availability("curl", in: image) == .absent, "\(image)")
            #expect(availability("wget", in: image) == .absent, "\(image)")
            #expect(availability("bash", in: image).isPresent, "\(image)")
        }
        for image in ["envoyproxy/envoy:distroless-v1.31.7", "envoyproxy/envoy:debug-v1.31.7"] {
            #expect(isUnknown(availability("curl", in: image)), "\(image)")
        }
    }

    @Test func bitnamiImagesRemoveTheirCurl() {
        for image in [
            "bitnami/postgresql:16", "bitnami/postgresql:15.4.0-debian-11-r10", "bitnami/redis:7.4", "bitnami/redis",
        ] {
            #expect(availability("curl", in: image) == .absent, "\(image)")
            #expect(availability("wget", in: image) == .absent, "\(image)")
            #expect(availability("bash", in: image).isPresent, "\(image)")
        }
        #expect(availability("pg_isready", in: "bitnami/postgresql:16").isPresent)
        #expect(availability("redis-cli", in: "bitnami/redis:7.2").isPresent)
        for image in ["bitnami/postgresql:14", "bitnami/redis:7.0", "bitnami/redis:6.2", "bitnami/mongodb:6.0"] {
            #expect(isUnknown(availability("curl", in: image)), "\(image)")
        }
    }

    @Test func releasesAreReadFromTheTagAndShownInNames() {
        #expect(BaseImageCatalog.leadingRelease(of: "3.6.1")?.minor == 6)
        #expect(BaseImageCatalog.leadingRelease(of: "v2.53.0")?.minor == 53)
        #expect(BaseImageCatalog.leadingRelease(of: "3")?.minor == nil)
        #expect(BaseImageCatalog.leadingRelease(of: "11-noble")?.major == 11)
        #expect(BaseImageCatalog.leadingRelease(of: "RELEASE.2024-09-22T00-33-43Z")?.minor == nil)
        #expect(BaseImageCatalog.leadingRelease(of: "latest") == nil)
        let names = ["grafana/loki:2.9.4", "grafana/loki:3.3.2", "grafana/loki:3.7.2", "grafana/tempo:2.3.1"].map {
            resolver.contents(ofImage: $0).baseEntry?.displayName
        }
        #expect(
            names == [
                "grafana/loki 2.8–3.1 (full)", "grafana/loki 3.2–3.5 (full)", "grafana/loki ≥ 3.7 (full)",
                "grafana/tempo 2–2.6 (full)",
            ])
        #expect(ImageVariant.detect(tag: "11.3.0-ubuntu") == .ubuntu)
    }

    @Test func everyInfrastructureEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.infrastructureImageEntries {
            #expect(entry.evidence.contains("#") || entry.evidence.contains("Dockerfile"), "\(entry.displayName)")
            #expect(!entry.names.isEmpty)
        }
    }
}
