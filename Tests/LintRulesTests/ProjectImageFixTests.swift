import DeployModel
import ShipshapeCore
import Testing

@testable import LintRules

/// A health check calling a tool a project's image lacks gets a fix that works in that image: the check the
/// project documents, a tool the image has, or bash's `/dev/tcp` where nothing can be installed.
@Suite struct ProjectImageFixTests {
    static func fixes(image: String, test: String) -> [String] {
        RenamedClientFixTests.findings([
            "compose.yaml": """
            services:
              app:
                image: \(image)
                healthcheck:
                  test: \(test)

            """
        ]).compactMap(\.fix)
    }

    @Test func theProjectsOwnCheckComesFirst() {
        #expect(
            Self.fixes(
                image: "minio/minio", test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:9000/minio/health/live\"]")
                == ["use the check the image ships: `mc ready local`"])
        #expect(
            Self.fixes(
                image: "amazon/aws-otel-collector", test: "[\"CMD\", \"curl\", \"-f\", \"http://127.0.0.1:13133/\"]")
                == ["use the check the image ships: `/healthcheck`"])
    }

    @Test func bashReachesThePortWhereNothingCanBeInstalled() {
        #expect(
            Self.fixes(
                image: "quay.io/keycloak/keycloak:25.0",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:9000/health/ready\"]")
                == [
                    "use bash, which the image has: `bash -c ':> /dev/tcp/localhost/9000'` (checks only that the port "
                        + "accepts connections)"
                ])
    }

    @Test func aToolTheImageHasIsStillPreferred() {
        #expect(
            Self.fixes(
                image: "prom/prometheus:v2.53.0",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:9090/-/healthy\"]")
                == ["use `wget -q -O- http://localhost:9090/-/healthy`"])
    }

    @Test func hostAndPortOfURLs() {
        func authority(_ url: String) -> String? {
            ProbeToolMissingFix.hostAndPort(of: url).map { "\($0.host) \($0.port)" }
        }
        #expect(authority("http://localhost:9000/minio/health/live") == "localhost 9000")
        #expect(authority("https://127.0.0.1/health") == "127.0.0.1 443")
        #expect(authority("http://keycloak") == "keycloak 80")
        #expect(authority("http://user:secret@host:80/") == nil)
        #expect(authority("http://[::1]:8080/") == nil)
        #expect(authority("localhost:8080") == nil)
    }
}
