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

/// Sizes for --min-free-disk, and how they are printed.
@Suite struct DiskSpaceTests {
    @Test func sizesParseInBinaryUnits() {
        #expect(DiskSpace.bytes("1G") == 1 << 30)
        #expect(DiskSpace.bytes("512m") == 512 << 20)
        #expect(DiskSpace.bytes("1.5KiB") == 1536)
        #expect(DiskSpace.bytes("4096") == 4096)
        #expect(DiskSpace.bytes("0") == 0)
        #expect(DiskSpace.bytes("12X") == nil && DiskSpace.bytes("-1G") == nil && DiskSpace.bytes("") == nil)
        #expect(DiskSpace.bytes("99999999P") == nil, "too large for 64 bits")
        #expect(DiskSpace.format(1536) == "1.5 KiB" && DiskSpace.format(12) == "12 B")
    }

    @Test func theDataRootOfThisMachineHasAFreeSize() {
        #expect((DiskSpace.freeBytes(at: "/") ?? -1) >= 0)
        #expect(DiskSpace.freeBytes(at: "/nonexistent/path") == nil)
    }
}
