import Foundation
import Testing

@testable import Deploy

/// CommandRunner's deadline on a real host process (the pre-cutover hook relies on it).
@Suite struct CommandRunnerTests {
    @Test func aProgramPastItsDeadlineIsStopped() async throws {
        let started = ContinuousClock.now
        let result = try await CommandRunner.run("sleep", ["30"], timeoutMilliseconds: 300)
        #expect(result.timedOut)
        #expect(result.status != 0)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func aProgramWithinItsDeadlineEndsNormally() async throws {
        let result = try await CommandRunner.run("sh", ["-c", "echo hello; exit 3"], timeoutMilliseconds: 10_000)
        #expect(!result.timedOut && result.status == 3 && result.stdout == "hello\n")
    }
}
