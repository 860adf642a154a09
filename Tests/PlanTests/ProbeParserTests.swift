import Testing

@testable import Plan

@Suite struct ProbeParserTests {
    @Test func httpForms() throws {
        #expect(try ProbeParser.http(":8000/api/v1/health") == HTTPProbeSpec(port: 8000, path: "/api/v1/health"))
        #expect(try ProbeParser.http(":8000") == HTTPProbeSpec(port: 8000, path: "/"))
        #expect(try ProbeParser.http("/health") == HTTPProbeSpec(port: nil, path: "/health"))
        #expect(
            try ProbeParser.http("https://host:8443/health")
                == HTTPProbeSpec(port: nil, path: "https://host:8443/health", scheme: "https"))
        #expect(try ProbeParser.http(":3000?ready=1") == HTTPProbeSpec(port: 3000, path: "/?ready=1"))
        #expect(
            try ProbeParser.http("https://:8443/health") == HTTPProbeSpec(port: 8443, path: "/health", scheme: "https"))
        #expect(try ProbeParser.http("http://:8000") == HTTPProbeSpec(port: 8000, path: "/"))
    }

    @Test func flags() throws {
        #expect(try ProbeParser.parse(.tcp, value: "5432") == .tcp(port: 5432))
        #expect(try ProbeParser.parse(.tcp, value: ":6379") == .tcp(port: 6379))
        #expect(try ProbeParser.parse(.dockerHealth, value: nil) == .dockerHealth)
        let exec = try ProbeParser.parse(.exec, value: "wget -q -O- http://localhost:8000/health")
        #expect(exec == .exec(ExecProbeSpec(command: ["/bin/sh", "-c", "wget -q -O- http://localhost:8000/health"])))
    }

    @Test(arguments: [
        (ProbeKind.http, "eight/health"), (.http, ":70000/x"), (.http, "https://"), (.tcp, "postgres"), (.tcp, "0"),
        (.tcp, "65536"), (.exec, "  "),
    ])
    func rejects(kind: ProbeKind, value: String) {
        #expect {
            try ProbeParser.parse(kind, value: value)
        } throws: { error in
            let message = (error as? PlanError)?.errorDescription ?? ""
            return message.contains("'\(value)'") && message.contains(kind.flag)
        }
    }

    /// Every kind has a plan key and a flag of the same name, and a spec knows its kind.
    @Test func kindsAreDeclaredOnce() throws {
        #expect(ProbeKind.allCases.map(\.planKey) == ["http", "tcp", "exec", "docker-health"])
        #expect(ProbeKind.allCases.map(\.flag) == ["--http", "--tcp", "--exec", "--docker-health"])
        for kind in ProbeKind.allCases where kind != .dockerHealth {
            let value = kind == .exec ? "true" : ":80"
            #expect(try ProbeParser.parse(kind, value: value).kind == kind)
        }
        #expect(try ProbeParser.parse(.dockerHealth, value: nil).kind == .dockerHealth)
    }
}

/// Request smuggling through a plan or flag: CR/LF and other invalid characters are refused.
@Suite struct HTTPFieldSyntaxTests {
    @Test(arguments: ["GET", "HEAD", "PURGE", "M-SEARCH"])
    func acceptsMethods(method: String) {
        #expect(HTTPFieldSyntax.isToken(method))
    }

    @Test(arguments: ["GET /x HTTP/1.1\r\nDELETE", "GET\n", "GE T", "", "GÉT", "GET\0"])
    func refusesMethods(method: String) {
        #expect(!HTTPFieldSyntax.isToken(method))
    }

    @Test func refusesHeaderValuesWithLineBreaks() {
        #expect(HTTPFieldSyntax.isFieldValue("Bearer x\ty"))
        #expect(!HTTPFieldSyntax.isFieldValue("x\r\nX-Injected: 1"))
        #expect(!HTTPFieldSyntax.isFieldValue("x\ny"))
    }

    @Test(arguments: ["/health\r\nDELETE / HTTP/1.1", "/a b", "http://127.0.0.1/x\ny"])
    func refusesHTTPProbesWithLineBreaks(text: String) {
        #expect(throws: PlanError.self) { try ProbeParser.http(text) }
    }
}
