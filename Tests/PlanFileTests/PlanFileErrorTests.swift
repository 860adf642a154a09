import Plan
import Testing

@testable import PlanFile

/// Error messages: `file:line:col`, the key path, what was expected and what was found.
@Suite struct PlanFileErrorTests {
    func message(_ text: String, environment: [String: String] = [:]) -> String {
        do {
            _ = try PlanFileParser.parse(text: text, path: "shipshape.yml", environment: environment)
            return "no error"
        } catch {
            return (error as? PlanError)?.errorDescription ?? "not a PlanError: \(error)"
        }
    }

    @Test func badPort() {
        let text = "targets:\n  backend:\n    container: b\n    http:\n      port: eight\n"
        #expect(message(text) == "shipshape.yml:5:13: targets.backend.http.port: expected a port number, got 'eight'")
    }

    @Test func unknownKeysSuggest() {
        #expect(
            message("targets:\n  b:\n    container: b\n    timout: 5s\n")
                == "shipshape.yml:4:5: targets.b.timout: unknown key; did you mean 'timeout'?")
        #expect(
            message("target:\n  b: {}\n").hasPrefix("shipshape.yml:1:1: target: unknown key; did you mean 'targets'?"))
        #expect(message("targets:\n  b:\n    container: b\n    zzzzzzzz: 1\n").contains("expected one of container"))
        let condition = "targets:\n  b:\n    container: b\n    http:\n      expect:\n        - stauts: 200\n"
        #expect(
            message(condition).contains(
                "shipshape.yml:6:11: targets.b.http.expect[0]: unknown condition 'stauts'; did you mean 'status'?"))
    }

    @Test func badConditionNamesTextAndLocation() {
        let text = "targets:\n  b:\n    container: b\n    http:\n      expect:\n        - status: 999\n"
        let error = message(text)
        #expect(error.hasPrefix("shipshape.yml:6:11: targets.b.http.expect[0]: invalid condition 'status: 999'"))
        #expect(error.contains("for example"))
    }

    @Test func referenceProblems() {
        #expect(message("targets:\n  b:\n    tcp: 1\n").contains("2:3: targets.b: expected one of container, service"))
        #expect(message("targets:\n  b:\n    container: a\n    url: https://x\n").contains("found container and url"))
        #expect(
            message("targets:\n  b:\n    url: ftp://x\n").contains(
                "3:10: targets.b.url: expected an http:// or https:// URL"))
    }

    @Test func typeProblems() {
        #expect(message("targets: [a, b]\n").contains("1:10: targets: expected a mapping, got a list"))
        #expect(message("version: 2\ntargets: {}\n").contains("1:10: version: expected version 1, got '2'"))
        #expect(message("defaults:\n  timeout: soon\n").contains("2:12: defaults.timeout: expected a duration"))
        #expect(
            message("targets:\n  b:\n    container: b\n    docker-health: maybe\n").contains("expected true or false"))
        #expect(
            message("targets:\n  b:\n    container: b\n    http: eight/x\n").contains(
                "4:11: targets.b.http: invalid --http 'eight/x'"))
        #expect(
            message("targets:\n  b:\n    container: b\n    http:\n      path: health\n").contains(
                "expected a path starting with /"))
        #expect(message("").contains("1:1: the plan is empty"))
    }

    @Test func invalidYAMLHasLocation() {
        let error = message("targets:\n  b: [unclosed\n")
        #expect(error.hasPrefix("shipshape.yml:"))
        #expect(error.contains("invalid YAML"))
        #expect(message("a: 1\na: 2\n").contains("duplicate key"))
    }
}
