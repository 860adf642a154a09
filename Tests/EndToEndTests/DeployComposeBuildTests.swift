import Foundation
import TestSupport
import Testing

/// A service that compose builds (`build:`), the most common layout. `docker compose build` labels the
/// image with the project and service, and every container made from it inherits those labels: the deploy
/// lock, made from the service's image, once counted as a replica, so each deploy left a second, never
/// started container of the service behind.
@Suite(.serialized) struct DeployComposeBuildTests {
    @Test func aBuiltServiceKeepsExactlyItsContainersAcrossDeploys() throws {
        let fixture = try DeployFixture("build")
        let built = ["v1", "v2"].map { "\(fixture.imageRepository):built-\($0)" }
        defer {
            fixture.tearDown()
            ScratchImage.remove(built)
        }
        let app = fixture.directory.appendingPathComponent("app")
        try FileManager.default.createDirectory(at: app, withIntermediateDirectories: true)
        try "FROM \(fixture.imageRepository):base\nARG VERSION\nENV MODE=good VERSION=$VERSION\n".write(
            to: app.appendingPathComponent("Dockerfile"), atomically: true, encoding: .utf8)
        let compose = """
            name: \(fixture.project)
            services:
              web:
                build:
                  context: ./app
                  args:
                    VERSION: ${VERSION:-v1}
                image: \(fixture.imageRepository):built-${VERSION:-v1}
                pull_policy: build
                expose: ["8080"]

            """
        try compose.write(
            to: fixture.directory.appendingPathComponent("compose.yaml"), atomically: true, encoding: .utf8)

        let first = try fixture.shipshape(["deploy", "--revision", "rev1"] + DeployCommandTests.fast)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let afterFirst = try fixture.containers()
        #expect(afterFirst.map(\.state) == ["running"], "\(afterFirst)")
        let v1 = try #require(afterFirst.first)
        #expect(v1.revision == "rev1")

        let second = try fixture.shipshape(
            ["deploy", "--revision", "rev2"] + DeployCommandTests.fast, extra: ["VERSION": "v2"])
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        let afterSecond = try fixture.containers()
        // The new container runs, the previous one is kept stopped for rollback, and nothing else exists.
        #expect(afterSecond.count == 2, "\(afterSecond)")
        #expect(afterSecond.contains { $0.id == v1.id && $0.state == "exited" }, "\(afterSecond)")
        let now = try #require(afterSecond.first { $0.state == "running" }, "\(afterSecond)")
        #expect(now.revision == "rev2")
        #expect(DeployFixture.get("http://\(try fixture.ipAddress(now.id)):8080/health")?.contains("v2") == true)
    }
}
