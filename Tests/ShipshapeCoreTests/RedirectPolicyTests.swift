import Foundation
import Testing

@testable import ShipshapeCore

/// Redirects are judged before connecting: these addresses are never contacted by the tests.
@Suite struct RedirectPolicyTests {
    @Test(arguments: [
        ("127.0.0.1", AddressScope.loopback), ("localhost", .loopback), ("api.localhost", .loopback),
        ("[::1]", .loopback), ("2130706433", .loopback), ("0x7f.1", .loopback), ("[::ffff:127.0.0.1]", .loopback),
        ("10.1.2.3", .privateNetwork), ("172.20.0.1", .privateNetwork), ("192.168.1.1", .privateNetwork),
        ("[fd00::1]", .privateNetwork), ("100.64.0.1", .privateNetwork), ("169.254.169.254", .linkLocal),
        ("[fe80::1]", .linkLocal), ("0.0.0.0", .unspecified), ("203.0.113.10", .publicOrName),
        ("api.example.test", .publicOrName), ("172.32.0.1", .publicOrName),
    ])
    func classifiesHosts(host: String, scope: AddressScope) {
        #expect(AddressScope.of(host: host) == scope)
    }

    @Test(arguments: [
        "http+unix://%2Fvar%2Frun%2Fdocker.sock/v1.43/containers/json", "file:///etc/passwd", "gopher://x.test/",
        "unix:///var/run/docker.sock",
    ])
    func refusesOtherSchemes(target: String) throws {
        let from = try #require(URL(string: "http://127.0.0.1:8080/"))
        let to = try #require(URL(string: target))
        #expect(RedirectPolicy.refusal(from: from, to: to)?.contains("only http and https") == true)
    }

    @Test(arguments: [
        "http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://[::1]:2375/",
        "http://2130706433/", "https://localhost/admin",
    ])
    func refusesPublicToInternal(target: String) throws {
        let from = try #require(URL(string: "https://api.example.test/health"))
        let to = try #require(URL(string: target))
        #expect(RedirectPolicy.refusal(from: from, to: to)?.contains("from a public host") == true)
    }

    @Test func followsOrdinaryRedirects() throws {
        let pairs = [
            ("http://api.example.test/", "https://api.example.test/"),
            ("https://api.example.test/", "https://www.example.test/health"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/health"),
        ]
        for (from, to) in pairs {
            let source = try #require(URL(string: from))
            let target = try #require(URL(string: to))
            #expect(RedirectPolicy.refusal(from: source, to: target) == nil, "\(from) → \(to)")
        }
    }
}
