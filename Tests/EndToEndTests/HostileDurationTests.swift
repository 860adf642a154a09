import Foundation
import Testing

/// Huge durations in every timing flag and plan key: a usage error naming the flag or key, exit 2 —
/// never the SIGILL (exit 132) of a Double too large for `Int`. Nothing is contacted: the values are
/// refused while the command line and the plan are read.
@Suite struct HostileDurationTests {
    static let hugeValues = ["inf", "1e309", "9223372036854775807", "99999999999999999999h"]

    @Test(arguments: ["--timeout", "--attempt-timeout", "--interval", "--max-interval", "--start-period"])
    func waitFlags(flag: String) throws {
        for value in Self.hugeValues {
            let result = try ShipshapeProcess.run(["wait", "http://127.0.0.1:9/", flag, value], timeout: 30)
            #expect(!result.crashed, "\(flag) \(value) crashed: \(result.stderr)")
            #expect(result.status == 2, "\(flag) \(value): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("\(flag) '\(value)' is too long"), "\(result.stderr)")
        }
    }

    @Test(arguments: ["--logs-since", "--check-timeout"])
    func diagnoseFlags(flag: String) throws {
        for value in Self.hugeValues + ["1e12"] {
            let result = try ShipshapeProcess.run(
                ["diagnose", "--project", "shipshape-none", flag, value], timeout: 30)
            #expect(!result.crashed, "\(flag) \(value) crashed: \(result.stderr)")
            #expect(result.status == 2, "\(flag) \(value): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("\(flag) '\(value)' is too long"), "\(result.stderr)")
        }
    }

    @Test(arguments: ["timeout", "attempt-timeout", "interval", "max-interval", "start-period"])
    func planKeys(key: String) throws {
        let repository = try TemporaryRepository(files: [:])
        for value in Self.hugeValues {
            try repository.write(
                "shipshape.yml",
                Data("defaults:\n  \(key): \(value)\ntargets:\n  web:\n    url: http://127.0.0.1:9/\n".utf8))
            let result = try ShipshapeProcess.run(
                ["wait", "--plan", "shipshape.yml"], in: repository.path, timeout: 30)
            #expect(!result.crashed, "\(key): \(value) crashed: \(result.stderr)")
            #expect(result.status == 2, "\(key): \(value): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("defaults.\(key): '\(value)' is too long"), "\(result.stderr)")
        }
    }

    @Test func responseTimeCondition() throws {
        for value in Self.hugeValues {
            let result = try ShipshapeProcess.run(
                ["wait", "http://127.0.0.1:9/", "--http", "/", "--expect", "response-time: < \(value)"], timeout: 30)
            #expect(!result.crashed, "\(value) crashed: \(result.stderr)")
            #expect(result.status == 2, "\(value): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("is too long"), "\(result.stderr)")
        }
    }
}
