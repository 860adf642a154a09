import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Self-hosted application images (BaseImageCatalog+SelfHostedImages.swift): what each entry claims about the
/// probe tools, for every name the image is published under, and which tags stay unknown.
@Suite struct SelfHostedImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func giteaHasCurlAndBusyboxWget() {
        resolver.expect(
            ["gitea/gitea", "gitea/gitea:1.22", "gitea/gitea:1.22-rootless"], absent: ["python3"],
            present: ["curl", "wget", "bash"])
    }

    @Test func vaultwardenShipsCurlForItsOwnHealthcheck() {
        let debian = ["vaultwarden/server", "vaultwarden/server:1.32.0", "ghcr.io/dani-garcia/vaultwarden:latest"]
        // /healthcheck.sh is not on PATH, so a bare name stays open rather than absent.
        resolver.expect(debian, absent: ["wget"], present: ["curl"], unknown: ["healthcheck.sh"])
        for image in debian {
            #expect(resolver.contents(ofImage: image).baseEntry?.healthCommand == "/healthcheck.sh", "\(image)")
        }
        resolver.expect(
            ["vaultwarden/server:alpine", "quay.io/vaultwarden/server:1.32.0-alpine"], absent: ["bash"],
            present: ["curl", "wget"])
    }

    @Test func uptimeKumaHasNodeButNoWget() {
        // 2.x installs curl; not every 1.x base did. The full 2.x tags add MariaDB (ps, mysqladmin).
        resolver.expect(
            ["louislam/uptime-kuma:1", "louislam/uptime-kuma:1.23.16-debian", "louislam/uptime-kuma:2-slim"],
            absent: ["wget", "nc"], present: ["node"], unknown: ["curl", "ps", "mysqladmin"])
        resolver.expect(["louislam/uptime-kuma:1-alpine", "louislam/uptime-kuma:1.8.0"], unknown: ["wget"])
    }

    @Test func mailhogIsAlpineWithoutCurl() {
        resolver.expect(
            ["mailhog/mailhog", "mailhog/mailhog:v1.0.1"], absent: ["curl", "bash"], present: ["wget", "MailHog"])
    }

    @Test func plausibleHasBusyboxWgetNotCurl() {
        resolver.expect(
            ["ghcr.io/plausible/community-edition:v2.1.4", "ghcr.io/plausible/community-edition:v3.0.1"],
            absent: ["curl", "bash"], present: ["wget"])
        // The Docker Hub name of the 1.x releases is not described.
        resolver.expect(["plausible/analytics:v1.5"], unknown: ["curl"])
    }

    @Test func localstackHasCurlNotWget() {
        resolver.expect(
            ["localstack/localstack", "localstack/localstack:3.8", "localstack/localstack:4.0.3"],
            absent: ["wget", "nc"],
            present: ["curl", "awslocal", "python3"], unknown: ["psql"])
        resolver.expect(["localstack/localstack:0.11.5"], unknown: ["wget"])
    }

    @Test func nextcloudKeepsThePHPImageCurl() {
        let images = ["nextcloud", "nextcloud:30-apache", "nextcloud:29-fpm", "nextcloud:stable"]
        // busybox-static is installed: its applets (wget, nc) stay open.
        resolver.expect(
            images, absent: ["python3", "jq"], present: ["curl", "php"], unknown: ["cron.sh", "wget", "nc"])
        for image in images {
            let entry = resolver.contents(ofImage: image).baseEntry
            #expect(entry?.healthcheck == DeclaredHealthcheck.none, "\(image): an official image")
        }
        resolver.expect(["nextcloud:30-fpm-alpine"], unknown: ["wget"])
    }

    @Test func rocketChatPurgesItsFetchTools() {
        resolver.expect(
            ["rocket.chat", "rocket.chat:8.1", "rocket.chat:3.18.2", "rocket.chat:2.4.11"],
            absent: ["curl", "wget", "python3"], present: ["node"])
        // 2.3 and earlier had curl; the project's own rocketchat/rocket.chat image is another build.
        resolver.expect(["rocket.chat:2.3.1", "rocketchat/rocket.chat:6.5.0"], unknown: ["curl"])
    }

    @Test func everySelfHostedEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.selfHostedImageEntries {
            #expect(entry.evidence.lowercased().contains("dockerfile"), "\(entry.displayName)")
            // Only official images (a name without a namespace) declare no HEALTHCHECK by policy.
            let official = entry.registry == nil && !(entry.repositories.first ?? "").contains("/")
            #expect(official || entry.healthcheck != .none, "\(entry.displayName): not an official image")
        }
    }
}
