import Foundation
import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct StackDepthTests {
    /// Parses `text` on a thread with a 512 KiB stack (the size of secondary threads on macOS).
    func parseOnSmallStack(_ text: String) async -> Int {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: parse(text).diagnostics.count)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
    }

    @Test func deepNestingFitsInASmallStack() async {
        let depth = 10_000
        let texts = [
            String(repeating: "$(echo ", count: depth) + "x" + String(repeating: ")", count: depth),
            String(repeating: "\"$(echo ", count: depth),
            String(repeating: "( ", count: depth),
            String(repeating: "if a; then ", count: depth),
            String(repeating: "`echo \\", count: 200) + "`",
            String(repeating: "a=($(", count: depth),
            String(repeating: "<(", count: depth),
            String(repeating: "$(case x in a) ", count: depth),
            String(repeating: "f() { for i in 1; do while a; do ", count: depth),
        ]
        for text in texts {
            #expect(await parseOnSmallStack(text) > 0)
        }
    }
}

@Suite struct HopDepthTests {
    @Test func manyWrappersAndHopsStayBounded() {
        let wrappers = String(repeating: "sudo ", count: 50_000) + "docker exec web ls"
        #expect(invocations(wrappers).count == 1)
        var nested = "docker exec web ls"
        for _ in 0..<12 {
            nested = "sh -c '" + nested.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        // Deeper than the hop limit: nothing is found, and nothing crashes.
        #expect(invocations(nested).isEmpty)
        #expect(invocations("sh -c 'sh -c \"docker exec web ls\"'").first?.via == ["sh -c", "sh -c"])
    }
}
