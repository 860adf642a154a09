import Testing

@testable import ImageKnowledge

/// Runtime images their projects publish: what each tag family keeps after its build stage.
@Suite struct RuntimeImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func bunImagesKeepOnlyBun() {
        for image in ["oven/bun", "oven/bun:1", "oven/bun:1.2.19", "oven/bun:1-slim", "oven/bun:latest"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.availability(of: "bun").isPresent, "\(image)")
            #expect(contents.baseEntry?.os == .debian, "\(image)")
        }
        let alpine = resolver.contents(ofImage: "oven/bun:1-alpine")
        #expect(alpine.availability(of: "curl") == .absent)
        #expect(alpine.availability(of: "wget").isPresent)
        #expect(alpine.baseEntry?.busybox == true)
        // Distroless tags are not described.
        if case .unknown = resolver.contents(ofImage: "oven/bun:1-distroless").availability(of: "curl") {
        } else {
            Issue.record("oven/bun:1-distroless should stay unknown")
        }
    }

    @Test func everyRuntimeEntryCitesItsDockerfile() {
        for entry in BaseImageCatalog.runtimeImageEntries {
            #expect(entry.evidence.contains("Dockerfile"), "\(entry.displayName)")
        }
    }
}
