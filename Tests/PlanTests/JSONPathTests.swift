import Foundation
import Testing

@testable import Plan

@Suite struct JSONPathTests {
    let document: Any

    init() throws {
        let text = #"""
            {"status": "healthy", "ready": true, "down": false, "count": 3, "ratio": 1.5, "whole": 2.0,
             "big": 9007199254740993, "none": null, "checks": [{"name": "db", "ok": true}],
             "key with space": "yes", "nested": {"a": {"b": "deep"}}}
            """#
        document = try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test(arguments: [
        ("$.status", "healthy"), ("$.ready", "true"), ("$.down", "false"), ("$.count", "3"), ("$.ratio", "1.5"),
        ("$.whole", "2"), ("$.big", "9007199254740993"), ("$.none", "null"), ("$.checks[0].name", "db"),
        ("$.checks[0].ok", "true"), ("$.checks[-1].name", "db"), (#"$["key with space"]"#, "yes"),
        ("$.nested.a.b", "deep"), (#"$['nested']["a"].b"#, "deep"),
    ])
    func evaluates(path: String, expected: String) throws {
        #expect(try JSONPath(path).text(in: document) == expected)
    }

    @Test func missingIsNil() throws {
        #expect(try JSONPath("$.absent").text(in: document) == nil)
        #expect(try JSONPath("$.checks[5]").text(in: document) == nil)
        #expect(try JSONPath("$.status.deeper").text(in: document) == nil)
    }

    @Test func containersAsCompactJSON() throws {
        #expect(try JSONPath("$.nested.a").text(in: document) == #"{"b":"deep"}"#)
        #expect(try JSONPath("$").components.isEmpty)
    }

    @Test(arguments: ["status", "$.", "$[", "$[abc]", #"$["open"#, "$.a b", "$x"])
    func rejects(path: String) {
        #expect(throws: PlanError.self) { try JSONPath(path) }
    }
}
