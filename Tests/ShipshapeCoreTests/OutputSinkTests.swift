import Foundation
import Testing

@testable import ShipshapeCore

@Suite struct OutputSinkTests {
    @Test func plainTextIsMaskedAndEachLineBounded() {
        let long = "x=" + String(repeating: "é", count: PrintedText.maximumLineBytes)
        let printed = PrintedText("DB_PASSWORD=ab#cd\n\(long)\nshort")
        let lines = printed.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "DB_PASSWORD=****")
        #expect(lines[1].utf8.count < PrintedText.maximumLineBytes + 64)
        #expect(lines[1].hasSuffix("more bytes not shown]"))
        #expect(lines[2] == "short")
    }

    /// Masking used to run on the encoded JSON, where `\"` hid a log line's fields.
    @Test func jsonStringsAreMaskedDecoded() throws {
        let document = #"{"line": "{\"password\":\"hunter2\",\"user\":\"bob\"}", "api_key": "k1", "n": 3}"#
        let printed = PrintedText(document, encoding: .json)
        #expect(!printed.text.contains("hunter2") && !printed.text.contains("k1"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(printed.text.utf8)) as? [String: Any])
        #expect(object["line"] as? String == #"{"password":"****","user":"bob"}"#)
        #expect(object["api_key"] as? String == "****")
        #expect(object["n"] as? Int == 3)
    }

    @Test func unchangedJSONKeepsItsBytes() {
        let document = "{\n  \"url\" : \"http:\\/\\/x\\/health\",\n  \"ok\" : true\n}"
        #expect(PrintedText(document, encoding: .json).text == document)
    }

    @Test func markupValuesStopAtTags() {
        let printed = PrintedText("<td>DB_PASSWORD=hunter2</td>", encoding: .markup)
        #expect(printed.text == "<td>DB_PASSWORD=****</td>")
    }

    @Test func workflowCommandsFromOthersAreNeutralised() {
        let sink = OutputSink(neutralizesWorkflowCommands: true)
        let text = sink.rendered(PrintedText("log:\n::error::forged\n  ::stop-commands::x\nok ##[error]old\n"))
        #expect(!text.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("::") })
        #expect(!text.contains("##["))
        #expect(text.contains("forged"), "the text is still shown, inert")
    }

    @Test func shipshapesOwnAnnotationsStayCommandsWithMaskedMessages() {
        let sink = OutputSink(neutralizesWorkflowCommands: true)
        let annotation = "::error file=.env,line=1::DB_PASSWORD=ab#cd%0Afix: use redis-cli -a pw ping\nsummary ::x\n"
        let text = sink.rendered(PrintedText(annotation, encoding: .workflowCommands))
        #expect(text.hasPrefix("::error file=.env,line=1::DB_PASSWORD=****%0Afix: use redis-cli -a **** ping\n"))
    }

    /// Nothing writes to standard output or error but `OutputSink`: a new output path cannot skip
    /// masking by accident. Shipshape's own fixed texts (`rules`, `init`'s plan) are allowed.
    @Test func onlyTheSinkWritesToTheTerminal() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let allowed = [
            "ShipshapeCore/Output/OutputSink.swift", "shipshape/Rules.swift", "shipshape/Init.swift",
            "shipshape-logbench/", "TestSupport/", "LintRules/Rules/LogContradictsConfigExamples.swift",
        ]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var offenders: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".swift"), !allowed.contains(where: { relative.hasPrefix($0) }) else { continue }
            let text = try String(contentsOfFile: root.appendingPathComponent(relative).path, encoding: .utf8)
            if text.contains("FileHandle.standardOutput") || text.contains("FileHandle.standardError")
                || text.range(of: #"(^|[^A-Za-z_.])print\("#, options: .regularExpression) != nil
            {
                offenders.append(relative)
            }
        }
        #expect(offenders.isEmpty, "write through OutputSink: \(offenders)")
    }
}
