import Foundation
import Plan
import ShipshapeCore
import TestSupport
import Testing

@testable import PlanFile

/// Malformed and hostile input must end in a located `PlanError`, quickly, never a crash.
@Suite struct HostileYAMLTests {
    func parse(_ text: String) throws -> Plan {
        try PlanFileParser.parse(text: text, path: "evil.yml", environment: [:])
    }

    func description(_ body: () throws -> Plan) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return (error as? PlanError)?.errorDescription ?? "not a PlanError"
        }
    }

    @Test func aliasBomb() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        text += "targets: *a9\n"
        let start = Stopwatch()
        let message = description { try parse(text) }
        #expect(message.contains("alias bomb"))
        #expect(message.hasPrefix("evil.yml:"))
        #expect(start.seconds < 10)
    }

    @Test func aliasAsKey() {
        let message = description { try parse("a: &a [1]\n*a : x\n") }
        #expect(message.hasPrefix("evil.yml:2:1:"))
        #expect(message.contains("alias as a mapping key"))
    }

    @Test func deepFlowNesting() {
        let text = "targets: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(description { try parse(text) }.contains("nests deeper than"))
    }

    @Test func deepBlockNesting() {
        var text = ""
        for level in 0..<10_000 { text += String(repeating: " ", count: level) + "k:\n" }
        #expect(description { try parse(text) }.contains("nests deeper than"))
        var dashes = "targets:\n"
        for level in 0..<10_000 { dashes += String(repeating: " ", count: level) + "-\n" }
        #expect(description { try parse(dashes) }.hasPrefix("evil.yml:"))
    }

    @Test func binaryGarbage() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(description { try parse(text) }.hasPrefix("evil.yml:"))
        }
        #expect(description { try parse("\u{0}\u{1}\u{2}") }.hasPrefix("evil.yml:"))
    }

    @Test func wrongShapesEverywhere() {
        for text in [
            "42", "- a\n- b", "targets: 3", "targets:\n  a: 3", "targets:\n  a:\n    container: [x]",
            "targets:\n  a:\n    container: a\n    http: [[1]]", "targets:\n  a:\n    container: a\n    exec: {}",
            "targets:\n  a:\n    container: a\n    http:\n      headers: [1]", "? [a]\n: b", "!!binary aGk=: x",
            "targets:\n  a:\n    container: a\n    tcp: 99999", "targets:\n  a:\n    container: a\n    exec: []",
        ] {
            #expect(description { try parse(text) }.hasPrefix("evil.yml:"), "\(text)")
        }
    }
}
