import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Admin consoles, GraphQL servers and monitoring agents (BaseImageCatalog+AdminImages.swift): what each entry
/// claims about the probe tools, and which tags stay unknown.
@Suite struct AdminImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func pgAdminHasBusyboxWgetAndPythonButNoCurl() {
        for image in ["dpage/pgadmin4", "dpage/pgadmin4:latest", "dpage/pgadmin4:9.3", "docker.io/dpage/pgadmin4:9"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image).isPresent, "\(image)")
            #expect(resolver.availability("bash", in: image).isPresent, "\(image)")
            // The PostgreSQL tools sit in /usr/local/pgsql-NN, off PATH.
            #expect(resolver.availability("psql", in: image).isUnknown, "\(image)")
            #expect(resolver.contents(ofImage: image).baseEntry?.busybox == true, "\(image)")
        }
        // Releases before 9 are not described.
        #expect(resolver.availability("curl", in: "dpage/pgadmin4:8.14").isUnknown)
        #expect(resolver.availability("curl", in: "dpage/pgadmin4:6").isUnknown)
    }

    @Test func phpMyAdminKeepsPhpsCurlButHasNoWgetOnDebian() {
        for image in [
            "phpmyadmin", "phpmyadmin:5.2.1", "phpmyadmin/phpmyadmin:5.2", "phpmyadmin:fpm", "phpmyadmin:apache",
        ] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("php", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
        }
        for image in ["phpmyadmin:fpm-alpine", "phpmyadmin/phpmyadmin:5.2.1-fpm-alpine"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("bash", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("wget", in: "phpmyadmin/phpmyadmin:4.9.7").isUnknown)
    }

    @Test func hasuraKeepsCurlFromTwoEighteen() {
        for image in ["hasura/graphql-engine", "hasura/graphql-engine:v2.18.0", "hasura/graphql-engine:v2.40.0"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl").isPresent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.availability(of: "python3") == .absent, "\(image)")
            #expect(contents.availability(of: "graphql-engine").isPresent, "\(image)")
            #expect(contents.availability(of: "nc").isUnknown, "\(image)")
            #expect(
                contents.baseEntry?.healthcheck == .declared("curl -f http://localhost:8080/healthz || exit 1"),
                "\(image)")
        }
        // curl came and went before 2.18; v3 is another engine.
        for image in ["hasura/graphql-engine:v2.14.0", "hasura/graphql-engine:v1.3.3", "hasura/graphql-engine:v3.0.0"] {
            #expect(resolver.availability("curl", in: image).isUnknown, "\(image)")
            #expect(resolver.availability("wget", in: image).isUnknown, "\(image)")
        }
    }

    @Test func cadvisorHasBusyboxWgetButNoCurl() {
        for image in [
            "gcr.io/cadvisor/cadvisor", "gcr.io/cadvisor/cadvisor:v0.49.1", "gcr.io/cadvisor/cadvisor:v0.56.0",
        ] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image) == .absent, "\(image)")
            #expect(resolver.availability("bash", in: image).isUnknown, "\(image)")
            #expect(resolver.availability("cadvisor", in: image).isPresent, "\(image)")
        }
        // The old Docker Hub name is not this entry.
        #expect(resolver.availability("curl", in: "google/cadvisor:v0.33.0").isUnknown)
    }
}
