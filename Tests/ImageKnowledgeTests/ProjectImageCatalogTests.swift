import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Images projects publish themselves: one entry answers for every name the image is published under, and
/// versions the evidence does not cover stay unknown.
@Suite struct ProjectImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func prometheusImagesAreTheSameOnDockerHubAndQuay() {
        for image in [
            "prom/prometheus:v2.53.0", "quay.io/prometheus/prometheus:v3.1.0", "prom/node-exporter",
            "quay.io/prometheus/node-exporter:v1.8.1", "prom/blackbox-exporter:v0.25.0",
            "quay.io/prometheus/pushgateway:v1.9.0",
        ] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "wget").isPresent, "\(image)")
            #expect(contents.hasShell == true, "\(image)")
            #expect(contents.baseEntry?.packageManager == PackageManager.none, "\(image)")
        }
        let quay = resolver.contents(ofImage: "quay.io/prometheus/prometheus:v2.53.0").baseEntry
        #expect(quay == resolver.contents(ofImage: "prom/prometheus:v2.53.0").baseEntry)
        #expect(quay?.displayName == "prom/prometheus (full)")
        #expect(quay?.repositories == ["prom/prometheus"])
        #expect(quay?.registry == nil)
        // Distroless tags are another variant; the quay.io busybox base itself is not a Prometheus image.
        #expect(resolver.contents(ofImage: "prom/prometheus:v3.5.0-distroless").availability(of: "curl").isUnknown)
        #expect(resolver.contents(ofImage: "quay.io/prometheus/busybox").availability(of: "curl").isUnknown)
        // Alertmanager: only what a busybox and a distroless build both lack is claimed.
        let alertmanager = resolver.contents(ofImage: "quay.io/prometheus/alertmanager:v0.27.0")
        #expect(alertmanager.availability(of: "curl") == .absent)
        #expect(alertmanager.availability(of: "wget").isUnknown)
    }

    @Test func keycloakFrom21HasNoHTTPClientAndEarlierIsUnknown() {
        for image in [
            "quay.io/keycloak/keycloak:21.0.1", "quay.io/keycloak/keycloak:26.1.3", "quay.io/keycloak/keycloak",
        ] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.availability(of: "bash").isPresent, "\(image)")
            #expect(contents.availability(of: "java").isUnknown, "\(image)")
        }
        #expect(resolver.contents(ofImage: "quay.io/keycloak/keycloak:20.0.5").availability(of: "curl").isUnknown)
        #expect(resolver.contents(ofImage: "keycloak/keycloak:26").availability(of: "curl").isUnknown)
        #expect(resolver.contents(ofImage: "jboss/keycloak:16.1.1").availability(of: "curl").isUnknown)
    }

    @Test func minioReleasesAreReadByTheirYear() {
        for image in [
            "minio/minio:RELEASE.2024-09-22T00-33-43Z", "quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z",
            "minio/minio",
        ] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.baseEntry?.healthCommand == "mc ready local", "\(image)")
        }
        // 2023 releases had curl until November: not described.
        #expect(
            resolver.contents(ofImage: "minio/minio:RELEASE.2023-10-25T06-33-25Z").availability(of: "curl").isUnknown)
        #expect(resolver.contents(ofImage: "minio/mc:RELEASE.2024-01-01T00-00-00Z").availability(of: "curl").isUnknown)
    }

    @Test func collectorsAreScratchImages() {
        for image in [
            "otel/opentelemetry-collector:0.104.0", "otel/opentelemetry-collector-contrib",
            "ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-contrib:0.120.0",
            "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0", "amazon/aws-otel-collector:latest",
        ] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.hasShell == false, "\(image)")
            #expect(contents.availability(of: "sh") == .absent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
        }
        #expect(resolver.contents(ofImage: "amazon/aws-otel-collector").baseEntry?.healthCommand == "/healthcheck")
        #expect(

            resolver.contents(ofImage: "otel/opentelemetry-collector-contrib:0.104.0-windows-2022-amd64")
                .availability(of: "curl").isUnknown)
    }

    @Test func alpineBasedProjectImagesHaveBusyboxWget() {
        for image in ["hashicorp/vault:1.17", "axllent/mailpit:v1.20"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "wget").isPresent, "\(image)")
            #expect(contents.baseEntry?.packageManager == .apk, "\(image)")
        }
        #expect(resolver.contents(ofImage: "axllent/mailpit").baseEntry?.healthcheck == .declared("/mailpit readyz"))
        #expect(resolver.contents(ofImage: "hashicorp/vault").baseEntry?.healthcheck != .unverified)
    }

    @Test func clickhouseServerHasWgetNotCurl() {
        let server = resolver.contents(ofImage: "clickhouse/clickhouse-server:24.8")
        #expect(server.availability(of: "curl") == .absent)
        #expect(server.availability(of: "wget").isPresent)
        #expect(server.availability(of: "clickhouse-client").isPresent)
        for image in ["clickhouse/clickhouse-server:24.8-alpine", "clickhouse/clickhouse-server:25.4-distroless"] {
            #expect(resolver.contents(ofImage: image).availability(of: "curl").isUnknown, "\(image)")
        }
    }

    @Test func unprivilegedNginxDebianTagsHaveCurlNotWget() {
        for image in [
            "nginxinc/nginx-unprivileged:1.27", "nginxinc/nginx-unprivileged:stable",
            "public.ecr.aws/nginx/nginx-unprivileged:mainline",
        ] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl").isPresent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.baseEntry?.os == .debian, "\(image)")
        }
        // The Alpine tags keep their own entry: busybox wget.
        let alpine = resolver.contents(ofImage: "nginxinc/nginx-unprivileged:1.27-alpine")
        #expect(alpine.baseEntry?.busybox == true)
        #expect(alpine.availability(of: "wget").isPresent)
    }

    @Test func everyProjectEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.projectImageEntries {
            #expect(entry.evidence.contains("#") || entry.evidence.contains("Dockerfile"), "\(entry.displayName)")
            #expect(!entry.names.isEmpty)
        }
    }
}
