import Foundation
import ShipshapeCore
import TestSupport
import Testing

@testable import DeployModel

@Suite struct KubernetesHostileInputTests {
    @Test func manyDocumentsStopAtTheLimit() {
        let text = String(repeating: "---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n", count: 30)
        let file = KubernetesParser.parse(path: "many.yaml", text: text)
        #expect(file.workloads.count == 30)
        let limited = YAMLStream(file: "many.yaml", text: text, maxDocuments: 10)
        #expect(limited.documents.count == 10)
        #expect(limited.problems.map(\.message) == ["more than 10 YAML documents; the rest are not parsed"])
        #expect(limited.problems.first?.location.line == 41)
    }

    @Test func aliasBombsAcrossDocumentsAreStopped() {
        var bomb =
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...4 {
            bomb +=
                "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        // About 111,000 nodes each: every document is under the per-document budget, together they are not.
        let text = Array(repeating: bomb, count: 50).joined(separator: "---\n")
        let start = Stopwatch()
        let stream = YAMLStream(file: "bomb.yaml", text: text)
        #expect(start.seconds < 60)
        #expect(stream.documents.dropLast().allSatisfy { $0.problems.isEmpty })
        #expect(stream.documents.count < 50)
        #expect(
            stream.problems.map(\.message) == [
                "YAML expands to over 4000000 nodes in all (alias bombs?); the rest is not parsed"
            ])
    }

    @Test func oneAliasBombLeavesTheOtherDocumentsParsed() {
        var bomb = "apiVersion: v1\nkind: Pod\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...7 {
            bomb +=
                "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let text = bomb + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: after}\n"
        let file = KubernetesParser.parse(path: "bomb.yaml", text: text)
        #expect(file.problems.map(\.message) == ["YAML expands to over 1000000 nodes (alias bomb?); not parsed"])
        #expect(file.problems.first?.location.line == 1)
        #expect(file.workloads.map { $0.name?.value } == ["after"])
    }

    @Test func deepNestingInOneDocumentSparesTheOthers() {
        let deep =
            "apiVersion: v1\nkind: Pod\nspec: " + String(repeating: "[", count: 5_000)
            + String(repeating: "]", count: 5_000) + "\n"
        let text = deep + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: ok}\nspec: {containers: []}\n"
        let file = KubernetesParser.parse(path: "deep.yaml", text: text)
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.message.contains("deeper than 500") == true)
        #expect(file.problems.first?.location.line == 3)
        #expect(file.workloads.map { $0.name?.value } == ["ok"])
    }

    @Test func hugeManifestParsesInReasonableTime() {
        var text =
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: big}\nspec:\n  template:\n    spec:\n      containers:\n"
        for index in 0..<5_000 {
            text += """
                      - name: c\(index)
                        image: "ghcr.io/acme/c:\(index)"
                        ports: [{name: http, containerPort: \(8000 + index % 1000)}]
                        livenessProbe: {exec: {command: [sh, -c, "wget -qO- http://localhost:\(8000 + index % 1000)/"]}}

                """
        }
        let start = Stopwatch()
        let file = KubernetesParser.parse(path: "big.yaml", text: text)
        #expect(start.seconds < 30)
        #expect(file.problems.isEmpty)
        #expect(file.workloads.first?.containers.count == 5_000)
        let last = file.workloads.first?.containers.last
        guard case .exec(let command) = last?.probes.first?.action else {
            Issue.record("no exec probe on the last container")
            return
        }
        // Positions stay exact at the end of a large file.
        #expect(command[2].location(of: 0..<4).start.line == 7 + 4 * 5_000)
    }

    @Test func wrongTypesEverywhereAreNotedNotFatal() {
        let text = """
            apiVersion: v1
            kind: List
            items: {not: a list}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: [1, 2]
            spec:
              template:
                metadata: {labels: [a, b]}
                spec:
                  containers:
                    - just-a-string
                    - name: [x]
                      image: {a: b}
                      ports: 8080
                      env: yes
                      livenessProbe: [exec]
                      readinessProbe: {httpGet: {port: {a: 1}}}
            ---
            42
            ---
            apiVersion: v1
            kind: Service
            spec: {selector: [a], ports: {port: 80}}

            """
        let file = KubernetesParser.parse(path: "types.yaml", text: text)
        #expect(file.workloads.count == 1)
        #expect(file.workloads.first?.containers.count == 1)
        #expect(file.services.count == 1)
        let messages = file.problems.map { "\($0.location.line) \($0.message)" }
        #expect(messages.contains("3 Kubernetes manifest: `items` of a List must be a list"), "\(messages)")
        #expect(messages.contains("13 Kubernetes manifest: a container must be a mapping"), "\(messages)")
        #expect(messages.contains("21 Kubernetes manifest: expected an object (a mapping with apiVersion and kind)"))
    }
}
