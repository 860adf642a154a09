import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Self-hosted and AI-stack images (BaseImageCatalog+StackImages.swift): what each entry claims about the probe
/// tools, for every name the image is published under, and which tags stay unknown.
@Suite struct StackImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func supabaseAuthHasBusyboxWgetNotCurl() {
        resolver.expect(
            [
                "supabase/gotrue:v2.92.1", "supabase/auth:v2.151.0", "supabase/auth",
                "public.ecr.aws/supabase/gotrue:v2.92.1",
            ],
            absent: ["curl", "bash", "python3"], present: ["wget", "nc"], unknown: ["gotrue", "auth"])
        // GoTrue 1.x and earlier tags are not described.
        resolver.expect(["supabase/gotrue:v1.0.0"], unknown: ["curl"])
    }

    @Test func supabaseStorageHasNodeAndBusyboxWget() {
        resolver.expect(
            ["supabase/storage-api:v1.11.13", "supabase/storage-api", "public.ecr.aws/supabase/storage-api:v1.22.7"],
            absent: ["curl", "bash"], present: ["wget", "node"], unknown: ["python3", "make"])
        resolver.expect(["supabase/storage-api:v0.43.11"], unknown: ["curl"])
    }

    @Test func supabaseStudioHasNodeButNoFetchTool() {
        let images = ["supabase/studio:20240422-5cf8f30", "supabase/studio:2025.06.30-sha-6f5982d", "supabase/studio"]
        resolver.expect(
            images, absent: ["curl", "wget", "nc"], present: ["node", "bash"], unknown: ["git", "python3"])
        for image in images {
            #expect(resolver.contents(ofImage: image).baseEntry?.healthcheck != .unverified, "\(image)")
        }
    }

    @Test func supabasePostgresMetaHasNoFetchTool() {
        resolver.expect(
            [
                "supabase/postgres-meta:v0.83.2", "supabase/postgres-meta",
                "public.ecr.aws/supabase/postgres-meta:v0.68.0",
            ],
            absent: ["curl", "wget", "nc", "python3"], present: ["bash"], unknown: ["node"])
        resolver.expect(["supabase/postgres-meta:v1.0.0"], unknown: ["curl"])
    }

    @Test func paperlessShipsCurlNotWget() {
        let images = [
            "ghcr.io/paperless-ngx/paperless-ngx:2.13.5", "ghcr.io/paperless-ngx/paperless-ngx:latest",
            "paperlessngx/paperless-ngx:1.17.4",
        ]
        resolver.expect(
            images, absent: ["wget", "nc", "redis-cli"], present: ["curl", "python3", "tesseract", "gosu"],
            unknown: ["psql", "ps"])
        for image in images {
            #expect(
                resolver.contents(ofImage: image).baseEntry?.healthCommand
                    == "curl -fs -S --max-time 2 http://localhost:8000", "\(image)")
        }
    }

    @Test func mattermostHasCurlNotWget() {
        resolver.expect(
            [
                "mattermost/mattermost-team-edition:7.10.2", "mattermost/mattermost-team-edition:9.11.1",
                "mattermost/mattermost-enterprise-edition:7.3.0",
            ],
            absent: ["wget", "nc", "python3"], present: ["curl", "bash", "mattermost"], unknown: ["mmctl"])
        // 7.0 and 6.x were Alpine (busybox wget); 10 and later, and the floating tag, are not described.
        resolver.expect(
            [
                "mattermost/mattermost-team-edition:7.0.0", "mattermost/mattermost-team-edition:6.6.1",
                "mattermost/mattermost-team-edition:10.5.2", "mattermost/mattermost-team-edition",
            ], unknown: ["wget"])
    }

    @Test func unleashIsNodeAlpineWithoutCurl() {
        resolver.expect(
            ["unleashorg/unleash-server", "unleashorg/unleash-server:5.12.4", "unleashorg/unleash-server:4.0"],
            absent: ["curl", "bash"], present: ["wget", "node"], unknown: ["npm"])
    }

    @Test func nexusHasCurlNotWget() {
        resolver.expect(
            [
                "sonatype/nexus3", "sonatype/nexus3:3.67.1-java17", "sonatype/nexus3:3.93.1-java21",
                "sonatype/nexus3:3.70.1",
            ],
            absent: ["wget", "nc", "jq"], present: ["curl", "java", "bash", "ps"], unknown: ["python3", "useradd"])
        // 3.0 was Alpine (busybox wget); releases before 3.67 and the -alpine tags stay unknown.
        resolver.expect(
            ["sonatype/nexus3:3.0.2", "sonatype/nexus3:3.12.1", "sonatype/nexus3:3.70.1-alpine"], unknown: ["wget"])
    }

    @Test func everyStackEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.stackImageEntries {
            #expect(entry.evidence.lowercased().contains("dockerfile"), "\(entry.displayName)")
            // None of these is an official image: no entry claims "no HEALTHCHECK" by policy.
            #expect(entry.healthcheck != .none, "\(entry.displayName)")
        }
    }
}
