import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Official application images and HashiCorp's (BaseImageCatalog+OfficialAppImages.swift): what each entry claims
/// about the probe tools, and which tags stay unknown.
@Suite struct OfficialAppImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func dockerImageIsTheCLIOnAlpine() {
        for image in ["docker:dind", "docker:27-dind", "docker:27.5.1-cli", "docker:20.10-dind-rootless", "docker"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("bash", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("docker", in: image).isPresent, "\(image)")
            // The daemon is only in the dind tags, which a tag alone does not always show.
            #expect(resolver.availability("dockerd", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("curl", in: "docker:19.03-dind").isUnknown)
        #expect(resolver.availability("curl", in: "docker:windowsservercore").isUnknown)
    }

    @Test func telegrafByVariant() {
        for image in ["telegraf", "telegraf:1.36", "telegraf:1.10.0"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image) == .absent, "\(image)")
        }
        for image in ["telegraf:alpine", "telegraf:1.36-alpine"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("telegraf", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("curl", in: "telegraf:0.13").isUnknown)
        #expect(resolver.availability("curl", in: "telegraf:1.37-distroless").isUnknown)
    }

    @Test func chronografAndKapacitor() {
        for image in ["chronograf", "chronograf:1.10", "chronograf:1.11.4"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("wget", in: "chronograf:1.9").isUnknown)
        #expect(resolver.availability("wget", in: "chronograf:1.11-alpine").isUnknown)
        #expect(resolver.availability("curl", in: "kapacitor:1.7").isPresent)
        #expect(resolver.availability("python3", in: "kapacitor:1.7.7") == .absent)
        #expect(resolver.availability("curl", in: "kapacitor:1.6").isUnknown)
    }

    @Test func redmineHasWgetNotCurl() {
        for image in ["redmine", "redmine:6.0", "redmine:6.0.9-trixie", "redmine:6-bookworm"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("ruby", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("curl", in: "redmine:6.0-alpine").isUnknown)
        #expect(resolver.availability("curl", in: "redmine:5.1").isUnknown)
    }

    @Test func consulHasBusyboxWget() {
        for image in ["hashicorp/consul", "hashicorp/consul:1.20", "consul:1.15.4"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "wget").isPresent, "\(image)")
            #expect(contents.availability(of: "consul").isPresent, "\(image)")
            #expect(contents.availability(of: "bash") == .absent, "\(image)")
            // curl was added to the image in some release only.
            #expect(contents.availability(of: "curl").isUnknown, "\(image)")
            #expect(contents.baseEntry?.healthCommand == "consul members", "\(image)")
        }
        #expect(resolver.availability("wget", in: "hashicorp/consul:1.20-ubi").isUnknown)
        #expect(resolver.availability("wget", in: "hashicorp/consul:0.9").isUnknown)
    }

    @Test func drupalIsPHPWithCurlAndComposer() {
        for image in ["drupal", "drupal:11", "drupal:10.4-php8.3-apache-bookworm", "drupal:11-fpm"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("composer", in: image).isPresent, "\(image)")
        }
        for image in ["drupal:fpm-alpine", "drupal:11.1-php8.3-fpm-alpine3.21"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("bash", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("wget", in: "drupal:7").isUnknown)
    }

    @Test func varnishSevenHasNoHTTPClient() {
        for image in ["varnish:7", "varnish:7.6", "varnish:7.2.0"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("varnishadm", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("curl", in: "varnish:7.6-alpine").isUnknown)
        #expect(resolver.availability("curl", in: "varnish:6.0").isUnknown)
        #expect(resolver.availability("curl", in: "varnish").isUnknown)
    }

    @Test func odooHasCurlAndPython() {
        for image in ["odoo:17", "odoo:18.0", "odoo:17.0-20250819"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("curl", in: "odoo:16").isUnknown)
        #expect(resolver.availability("curl", in: "odoo").isUnknown)
    }

    @Test func matomoFourHasCurlNotWget() {
        for image in ["matomo:4", "matomo:4.15.1-apache", "matomo:4-fpm", "matomo:3.14"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("wget", in: "matomo:5").isUnknown)
        #expect(resolver.availability("wget", in: "matomo").isUnknown)
        #expect(resolver.availability("wget", in: "matomo:4-fpm-alpine").isUnknown)
    }
}
