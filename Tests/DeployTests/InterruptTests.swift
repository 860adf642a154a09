import Foundation
import Testing

@testable import Deploy

#if canImport(Glibc)
    import Glibc
#endif

/// SIGINT/SIGTERM handling of deploy on real signals and real child processes: the signal is recorded (the
/// process goes on to restore), and children start with the default action, so a timed-out child ends on
/// SIGTERM instead of waiting for the SIGKILL. The suite installs the handler in the test process and gives
/// the default action back after each test.
@Suite(.serialized) struct InterruptTests {
    /// A signal set of a child started by `CommandRunner` (`SigIgn`, `SigBlk`): ignored signals survive exec,
    /// caught ones do not; blocked ones stay blocked.
    static func childSignals(_ field: String) async throws -> UInt64 {
        let result = try await CommandRunner.run("cat", ["/proc/self/status"])
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix(field + ":") })
        return try #require(UInt64(line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces), radix: 16))
    }

    static func bit(_ signal: Int32) -> UInt64 { 1 << UInt64(signal - 1) }

    @Test func aSignalIsRecordedAndTheProcessGoesOn() async throws {
        let flag = InterruptFlag()
        await flag.install()
        #expect(await flag.signalName == nil)
        kill(getpid(), SIGTERM)
        let name = try? await flag.wait()
        #expect(name == "SIGTERM")
        #expect(await flag.signalName == "SIGTERM", "the first signal stays recorded")
        await flag.uninstall()
        #expect(await flag.signalName == nil)
    }

    @Test func childrenDoNotInheritAnIgnoredOrBlockedSIGTERM() async throws {
        let flag = InterruptFlag()
        await flag.install()
        let ignored = try await Self.childSignals("SigIgn")
        let blocked = try await Self.childSignals("SigBlk")
        await flag.uninstall()
        #expect(ignored & Self.bit(SIGTERM) == 0, "SIGTERM is not ignored in the child: \(String(ignored, radix: 16))")
        #expect(ignored & Self.bit(SIGINT) == 0, "SIGINT is not ignored in the child: \(String(ignored, radix: 16))")
        #expect(blocked == 0, "the child blocks no signal (its spawning thread did): \(String(blocked, radix: 16))")
    }

    @Test func aTimedOutChildEndsOnSIGTERMWhileShipshapeCatchesIt() async throws {
        let flag = InterruptFlag()
        await flag.install()
        let result = try await CommandRunner.run("sleep", ["30"], timeoutMilliseconds: 200)
        await flag.uninstall()
        #expect(result.timedOut)
        #expect(
            result.signal == SIGTERM, "ended by SIGTERM, not by the SIGKILL fallback: \(String(describing: result))")
    }

    @Test func aChildThatIgnoresSIGTERMIsKilledAfterTheGrace() async throws {
        let result = try await CommandRunner.run(
            "sh", ["-c", "trap '' TERM; exec sleep 30"], timeoutMilliseconds: 200, killGraceMilliseconds: 300)
        #expect(result.timedOut)
        #expect(result.signal == SIGKILL, "\(String(describing: result))")
    }
}
