import ShipshapeCore
import Testing

@Suite struct TimeLimitTests {
    @Test func workThatFinishesInTimeGivesItsValue() async throws {
        let value = try await TimeLimit.run(.seconds(5)) { 42 }
        #expect(value == 42)
    }

    @Test func workPastTheLimitGivesNilAndIsCancelled() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let value = try await TimeLimit.run(.milliseconds(50)) { () async throws -> Int in
            try await Task.sleep(for: .seconds(30))
            return 1
        }
        #expect(value == nil)
        #expect(clock.now - started < .seconds(5), "the sleeping work was cancelled, not awaited")
    }

    @Test func anErrorFromTheWorkIsThrown() async {
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            _ = try await TimeLimit.run(.seconds(5)) { () async throws -> Int in throw Boom() }
        }
    }
}
