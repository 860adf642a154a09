import Testing

@testable import ShipshapeCore

@Suite struct ExampleTests {
    @Test func markersAreStrippedAndLocated() {
        let example = Example(files: ["a.sh": "echo hi\ndocker exec c 1️⃣wget x\n"], expect: ["1️⃣": "wget"])
        let (files, markers) = example.strippingMarkers()
        #expect(files["a.sh"] == "echo hi\ndocker exec c wget x\n")
        #expect(markers["1️⃣"] == SourceLocation(file: "a.sh", line: 2, column: 15))
        #expect(example.sourceFile.hasSuffix("ExampleTests.swift"))
    }
}
