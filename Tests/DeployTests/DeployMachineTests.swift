import Testing

@testable import Deploy

/// The deploy's decisions, driven step by step without Docker (the end-to-end suite runs them for real).
@Suite struct DeployMachineTests {
    static let old = ContainerRef(id: "old1", name: "p-web-1", imageID: "sha256:a")

    static func plan(_ name: String, _ strategy: Strategy, old: ContainerRef? = old) -> ServicePlan {
        ServicePlan(service: name, strategy: strategy, reason: "", old: old)
    }

    /// Runs the machine, failing the steps in `failing`; returns the steps in order.
    static func run(_ machine: inout DeployMachine, failing: Set<DeployStep> = []) -> [DeployStep] {
        var steps: [DeployStep] = []
        while let step = machine.next(), steps.count < 100 {
            steps.append(step)
            machine.record(step, succeeded: !failing.contains(step), cause: "boom")
        }
        return steps
    }

    @Test func startFirstGatesTheNewContainerBeforeStoppingTheOldOne() {
        var machine = DeployMachine(services: [Self.plan("web", .startFirst)], soakEnabled: true)
        #expect(
            Self.run(&machine) == [
                .createNew("web"), .startNew("web"), .gateNew("web"), .stopOld("web"), .soak, .retireOld("web"),
                .finish(.deployed),
            ])
    }

    @Test func stopFirstCreatesTheNewContainerBeforeStoppingTheOldOne() {
        var machine = DeployMachine(services: [Self.plan("db", .stopFirst)], soakEnabled: false)
        #expect(
            Self.run(&machine) == [
                .createNew("db"), .stopOld("db"), .startNew("db"), .gateNew("db"), .retireOld("db"), .finish(.deployed),
            ])
    }

    @Test func aFailedGateRemovesTheNewContainerAndRestoresAndGatesTheOldOne() {
        var machine = DeployMachine(services: [Self.plan("web", .stopFirst)], soakEnabled: true)
        let steps = Self.run(&machine, failing: [.gateNew("web")])
        #expect(
            steps == [
                .createNew("web"), .stopOld("web"), .startNew("web"), .gateNew("web"), .removeNew("web"),
                .restoreOld("web"), .gateOld, .finish(.rolledBack),
            ])
        #expect(machine.failure == "boom")
    }

    @Test func aFailedSoakRollsBackEveryServiceNewestFirst() {
        var machine = DeployMachine(
            services: [Self.plan("api", .startFirst), Self.plan("web", .startFirst)], soakEnabled: true)
        let steps = Self.run(&machine, failing: [.soak])
        let rollback = Array(steps.drop { $0 != .soak }.dropFirst())
        #expect(
            rollback == [
                .removeNew("web"), .restoreOld("web"), .removeNew("api"), .restoreOld("api"), .gateOld,
                .finish(.rolledBack),
            ])
    }

    @Test func aFailureInTheSecondServiceAlsoRevertsTheFirstButNotUntouchedOnes() {
        var machine = DeployMachine(
            services: [Self.plan("a", .startFirst), Self.plan("b", .startFirst), Self.plan("c", .startFirst)],
            soakEnabled: false)
        let steps = Self.run(&machine, failing: [.gateNew("b")])
        #expect(!steps.contains(.createNew("c")))
        #expect(
            steps.suffix(6) == [
                .removeNew("b"), .restoreOld("b"), .removeNew("a"), .restoreOld("a"), .gateOld, .finish(.rolledBack),
            ])
    }

    @Test func aFirstDeployThatFailsRemovesTheNewContainerAndEndsRolledBackWithoutARestoreGate() {
        var machine = DeployMachine(services: [Self.plan("web", .startFirst, old: nil)], soakEnabled: true)
        let steps = Self.run(&machine, failing: [.gateNew("web")])
        #expect(
            steps == [.createNew("web"), .startNew("web"), .gateNew("web"), .removeNew("web"), .finish(.rolledBack)])
    }

    @Test func aFailedRestoreEndsRollbackFailedWithoutGatingTheOldVersion() {
        var machine = DeployMachine(services: [Self.plan("web", .stopFirst)], soakEnabled: false)
        let steps = Self.run(&machine, failing: [.gateNew("web"), .restoreOld("web")])
        #expect(!steps.contains(.gateOld))
        #expect(steps.last == .finish(.rollbackFailed))
        #expect(machine.rollbackFailures == ["boom"])
    }

    @Test func aSignalBetweenStepsTurnsTheDeployAround() {
        var machine = DeployMachine(services: [Self.plan("web", .startFirst)], soakEnabled: true)
        machine.record(.createNew("web"), succeeded: true)
        machine.record(.startNew("web"), succeeded: true)
        #expect(!machine.interrupted)
        machine.interrupt("interrupted by SIGTERM")
        #expect(machine.next() == .removeNew("web"))
        #expect(machine.failure == "interrupted by SIGTERM")
        #expect(machine.interrupted, "the deploy ends interrupted, not rolled back")
    }

    @Test func aSignalDuringTheRollbackOfAFailedGateChangesNothing() {
        var machine = DeployMachine(services: [Self.plan("web", .startFirst)], soakEnabled: false)
        machine.record(.createNew("web"), succeeded: true)
        machine.record(.startNew("web"), succeeded: true)
        machine.record(.gateNew("web"), succeeded: false, cause: "web failed its gate")
        machine.interrupt("interrupted by SIGTERM")
        #expect(machine.failure == "web failed its gate" && !machine.interrupted)
    }

    @Test func onlyTheStepsThatWaitAreCutShortByASignal() {
        let waiting = [DeployStep.preCutover("web"), .gateNew("web"), .soak]
        let running = [DeployStep.createNew("web"), .stopOld("web"), .startNew("web"), .removeNew("web"), .gateOld]
        #expect(waiting.allSatisfy(\.waits) && !running.contains(where: \.waits))
    }

    @Test func replayRevertsADeployKilledDuringAForwardStep() {
        let journal: [(step: DeployStep, phase: String, detail: String?)] = [
            (.createNew("web"), "begun", nil), (.createNew("web"), "done", "c2"), (.startNew("web"), "begun", nil),
        ]
        var machine = DeployMachine.replay(
            services: [Self.plan("web", .startFirst)], soakEnabled: true, journal: journal)
        #expect(machine.failure == "interrupted during start-new web" && machine.interrupted)
        #expect(Self.run(&machine) == [.removeNew("web"), .restoreOld("web"), .gateOld, .finish(.rolledBack)])
    }

    @Test func replayRevertsADeployKilledBetweenForwardSteps() {
        let journal: [(step: DeployStep, phase: String, detail: String?)] = [
            (.createNew("web"), "begun", nil), (.createNew("web"), "done", "c2"),
        ]
        let machine = DeployMachine.replay(
            services: [Self.plan("web", .startFirst)], soakEnabled: false, journal: journal)
        #expect(machine.failure == "interrupted before start-new web")
        #expect(machine.next() == .removeNew("web"))
    }

    @Test func replayFinishesADeployKilledWhileRetiring() {
        let forward: [DeployStep] = [.createNew("web"), .startNew("web"), .gateNew("web"), .stopOld("web"), .soak]
        var journal: [(step: DeployStep, phase: String, detail: String?)] = forward.flatMap {
            [($0, "begun", nil), ($0, "done", nil)]
        }
        journal.append((.retireOld("web"), "begun", nil))
        var machine = DeployMachine.replay(
            services: [Self.plan("web", .startFirst)], soakEnabled: true, journal: journal)
        #expect(machine.failure == nil)
        #expect(Self.run(&machine) == [.retireOld("web"), .finish(.deployed)])
    }

    @Test func replayContinuesAnInterruptedRollback() {
        let journal: [(step: DeployStep, phase: String, detail: String?)] = [
            (.createNew("web"), "done", nil), (.stopOld("web"), "done", nil), (.startNew("web"), "done", nil),
            (.gateNew("web"), "failed", "http-status 500"), (.removeNew("web"), "done", nil),
            (.restoreOld("web"), "begun", nil),
        ]
        var machine = DeployMachine.replay(
            services: [Self.plan("web", .stopFirst)], soakEnabled: true, journal: journal)
        #expect(machine.failure == "http-status 500")
        #expect(Self.run(&machine) == [.restoreOld("web"), .gateOld, .finish(.rolledBack)])
    }

    @Test(arguments: [
        DeployStep.createNew("a b"), .stopOld("x"), .startNew("x"), .gateNew("x"), .soak, .retireOld("x"),
        .removeNew("x"), .restoreOld("x"), .gateOld, .finish(.deployed), .finish(.rolledBack), .finish(.rollbackFailed),
    ])
    func stepsRoundTripThroughTheirJournalText(step: DeployStep) {
        #expect(DeployStep(text: step.text) == step)
    }

    @Test func unknownJournalTextIsNotAStep() {
        #expect(DeployStep(text: "launch-missiles web") == nil)
        #expect(DeployStep(text: "finish maybe") == nil)
        #expect(DeployStep(text: "") == nil)
    }
}
