import Testing

@testable import ShipshapeCore

@Suite struct ImageReferenceTests {
    @Test func dockerHubOfficialImage() throws {
        let image = try #require(ImageReference("python:3.11-slim"))
        #expect(image.repository == "python")
        #expect(image.tag == "3.11-slim")
        #expect(image.registry == nil)
    }

    @Test func libraryPrefixAndDigest() throws {
        let image = try #require(ImageReference("docker.io/library/redis:7-alpine@sha256:abc"))
        #expect(image.repository == "redis")
        #expect(image.tag == "7-alpine")
        #expect(image.digest == "sha256:abc")
    }

    @Test func registryWithPort() throws {
        let image = try #require(ImageReference("localhost:5000/team/api"))
        #expect(image.registry == "localhost:5000")
        #expect(image.repository == "team/api")
        #expect(image.tag == nil)
        let distroless = try #require(ImageReference("gcr.io/distroless/static-debian12:nonroot"))
        #expect(distroless.name == "gcr.io/distroless/static-debian12")
    }

    @Test(arguments: ["", "python:$TAG", "two words", "/"])
    func rejectsUnresolvableReferences(raw: String) {
        #expect(ImageReference(raw) == nil)
    }
}
