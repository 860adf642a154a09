import Plan
import Testing

@testable import PlanFile

@Suite struct InterpolationTests {
    func image(_ value: String, _ environment: [String: String]) throws -> String? {
        let text = "targets:\n  b:\n    container: b\n    expect-image: \(value)\n"
        let plan = try PlanFileParser.parse(text: text, path: "p.yml", environment: environment)
        guard case .image(let image) = plan.targets.first?.expectations.first else { return nil }
        return image
    }

    @Test func forms() throws {
        #expect(try image("app:${TAG}", ["TAG": "v1"]) == "app:v1")
        #expect(try image("app:${TAG}", [:]) == "app:")
        #expect(try image("app:${TAG:-latest}", [:]) == "app:latest")
        #expect(try image("app:${TAG:-latest}", ["TAG": ""]) == "app:latest")
        #expect(try image("app:${TAG-latest}", ["TAG": ""]) == "app:")
        #expect(try image("app:${TAG:?set TAG}", ["TAG": "v2"]) == "app:v2")
        #expect(try image("'a$$b$${TAG}'", ["TAG": "x"]) == "a$b${TAG}")
        #expect(try image("$HOME/x", ["HOME": "/root"]) == "$HOME/x")
    }

    @Test func jsonPathsAreLeftAlone() throws {
        let text = "targets:\n  b:\n    container: b\n    http:\n      expect:\n        - json: $.status == \"ok\"\n"
        let plan = try PlanFileParser.parse(text: text, path: "p.yml", environment: [:])
        guard case .http(let spec) = plan.targets.first?.probes.first else {
            Issue.record("expected http")
            return
        }
        #expect(spec.conditions == [.json(path: "$.status", op: .equal, value: "ok")])
    }

    @Test func requiredVariableNamesItAndTheLine() {
        #expect {
            _ = try image("app:${GIT_SHA:?pass the commit}", [:])
        } throws: { error in
            (error as? PlanError)?.errorDescription == "p.yml:4:19: ${GIT_SHA} is required: pass the commit"
        }
        #expect {
            _ = try image("${GIT_SHA?}", [:])
        } throws: { error in
            (error as? PlanError)?.errorDescription == "p.yml:4:19: ${GIT_SHA} is required but not set"
        }
        #expect(throws: PlanError.self) { _ = try image("${1BAD}", [:]) }
        #expect(throws: PlanError.self) { _ = try image("${A/b}", [:]) }
    }
}
