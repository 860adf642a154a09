import ShipshapeCore
import Testing

@testable import ImageKnowledge

@Suite struct CatalogTests {
    private let resolver = ImageResolver()

    @Test func pythonSlimHasNoCurlNorWget() {
        let image = resolver.contents(ofImage: "python:3.11-slim")
        #expect(image.availability(of: "curl") == .absent)
        #expect(image.availability(of: "wget") == .absent)
        #expect(image.availability(of: "sh").isPresent)
        #expect(image.availability(of: "/usr/local/bin/python3").isPresent)
        #expect(image.hasShell == true)
        #expect(image.baseEntry?.os == .debian)
        #expect(image.baseEntry?.evidence.contains("slim-bookworm") == true)
    }

    @Test func nodeAlpineHasBusyboxWget() throws {
        let image = resolver.contents(ofImage: "node:20-alpine3.19")
        guard case .present(let source) = image.availability(of: "wget") else {
            Issue.record("wget should be present")
            return
        }
        #expect(source.isBusyboxApplet)
        #expect(image.availability(of: "curl") == .absent)
        #expect(image.availability(of: "bash") == .absent)
        #expect(image.availability(of: "node").isPresent)
    }

    @Test func variantsFromTags() {
        #expect(ImageVariant.detect(tag: nil) == .full)
        #expect(ImageVariant.detect(tag: "3.11-slim-bookworm") == .slim)
        #expect(ImageVariant.detect(tag: "lts-slim") == .slim)
        #expect(ImageVariant.detect(tag: "20-alpine3.19") == .alpine)
        #expect(ImageVariant.detect(tag: "stable-alpine-slim") == .alpineSlim)
        #expect(ImageVariant.detect(tag: "bookworm") == .full)
        #expect(ImageVariant.detect(tag: "debug-nonroot") == .debug)
        #expect(ImageVariant.detect(tag: "3.11-windowsservercore-ltsc2022") == .other)
        #expect(ImageVariant.detect(tag: "0.104.0-windows-2022-amd64") == .other)
        #expect(ImageVariant.detect(tag: "gpu-nvidia-latest") == .other)
        #expect(ImageVariant.detect(tag: "0.3.14-rocm") == .other)
        #expect(ImageVariant.detect(tag: "2.1.0-cuda12.1-cudnn8-runtime") == .other)
        #expect(ImageVariant.detect(tag: "latest-pg14-bitnami") == .other)
    }

    @Test func majorVersionsFromTags() {
        #expect(BaseImageCatalog.leadingMajor(of: "11.4-noble") == 11)
        #expect(BaseImageCatalog.leadingMajor(of: "v2.53.0") == 2)
        #expect(BaseImageCatalog.leadingMajor(of: "V3") == 3)
        #expect(BaseImageCatalog.leadingMajor(of: "RELEASE.2024-09-22T00-33-43Z") == 2024)
        #expect(BaseImageCatalog.leadingMajor(of: "release.2023-10-25T06-33-25Z") == 2023)
        #expect(BaseImageCatalog.leadingMajor(of: "RELEASE") == nil)
        #expect(BaseImageCatalog.leadingMajor(of: "latest") == nil)
        #expect(BaseImageCatalog.leadingMajor(of: "vnext") == nil)
        #expect(BaseImageCatalog.leadingMajor(of: nil) == nil)
    }

    @Test func fullImagesDeriveFromBuildpackDeps() {
        for image in ["python:3.11", "node:20-bookworm", "golang:1.22"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl").isPresent, "\(image)")
            #expect(contents.availability(of: "wget").isPresent, "\(image)")
            #expect(contents.availability(of: "git").isPresent, "\(image)")
        }
        #expect(resolver.contents(ofImage: "golang:1.22-alpine").availability(of: "git") == .absent)
    }

    @Test func unknownImagesStayUnknown() {
        for image in [
            "registry.example.com/team/api:1.0", "acme/kafka:3.7", "python@sha256:abcdef", "mycompany/python:3.11",
        ] {
            guard case .unknown = resolver.contents(ofImage: image).availability(of: "curl") else {
                Issue.record("\(image) should be unknown")
                continue
            }
        }
        #expect(resolver.contents(ofImage: nil).hasShell == nil)
    }

    @Test func distrolessHasNoShellButDebugDoes() {
        let plain = resolver.contents(ofImage: "gcr.io/distroless/python3-debian12:nonroot")
        #expect(plain.hasShell == false)
        #expect(plain.availability(of: "sh") == .absent)
        #expect(plain.availability(of: "python3").isPresent)
        let debug = resolver.contents(ofImage: "gcr.io/distroless/base-debian12:debug")
        #expect(debug.hasShell == true)
        #expect(debug.availability(of: "wget").isPresent)
        #expect(debug.availability(of: "curl") == .absent)
        #expect(resolver.contents(ofImage: "scratch").hasShell == false)
    }

    @Test func officialServiceImages() {
        let nginx = resolver.contents(ofImage: "nginx:1.25")
        #expect(nginx.availability(of: "curl").isPresent)
        #expect(nginx.availability(of: "wget") == .absent)
        #expect(resolver.contents(ofImage: "nginx:stable-alpine-slim").availability(of: "curl").isPresent)
        #expect(resolver.contents(ofImage: "eclipse-temurin:21-jre-noble").availability(of: "wget").isPresent)
        #expect(resolver.contents(ofImage: "eclipse-temurin:21-jre-alpine").availability(of: "curl") == .absent)
        #expect(resolver.contents(ofImage: "eclipse-temurin:21-jre-ubi9-minimal").availability(of: "curl") != .absent)
        #expect(resolver.contents(ofImage: "postgres:16-alpine").availability(of: "pg_isready").isPresent)
        #expect(resolver.contents(ofImage: "postgres:16").availability(of: "curl") == .absent)
        #expect(resolver.contents(ofImage: "redis:7").availability(of: "redis-cli").isPresent)
        #expect(resolver.contents(ofImage: "redis:7-alpine").availability(of: "wget").isPresent)
        #expect(resolver.contents(ofImage: "debian:bookworm-slim").availability(of: "ps") == .absent)
        #expect(resolver.contents(ofImage: "busybox").availability(of: "nc").isPresent)
    }
}
