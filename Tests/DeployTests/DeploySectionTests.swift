import Plan
import Testing

@testable import Deploy

/// The plan's `deploy:` section in the machine, the strategy choice and the gate settings (hermetic; the
/// end-to-end run is DeployPlanSectionTests).
@Suite struct DeploySectionTests {
    static let old = ContainerRef(id: "old1", name: "p-web-1", imageID: "sha256:a")
    static let hook = DeploySection.Hook(command: ["./migrate"])

    static func run(_ machine: inout DeployMachine, failing: Set<DeployStep> = []) -> [DeployStep] {
        DeployMachineTests.run(&machine, failing: failing)
    }

    @Test func thePreCutoverHookRunsAfterCreateAndBeforeTheOldContainerIsTouched() {
        for strategy in [Strategy.startFirst, .stopFirst] {
            var machine = DeployMachine(
                services: [
                    ServicePlan(service: "web", strategy: strategy, reason: "", old: Self.old, preCutover: Self.hook)
                ],
                soakEnabled: false)
            let steps = Self.run(&machine)
            #expect(
                Array(steps.prefix(3)) == [
                    .createNew("web"), .preCutover("web"), strategy == .stopFirst ? .stopOld("web") : .startNew("web"),
                ])
        }
    }

    @Test func aFailedPreCutoverHookRemovesTheNewContainerAndLeavesTheOldOneRunning() {
        var machine = DeployMachine(
            services: [
                ServicePlan(service: "web", strategy: .stopFirst, reason: "", old: Self.old, preCutover: Self.hook)
            ],
            soakEnabled: true)
        #expect(
            Self.run(&machine, failing: [.preCutover("web")]) == [
                .createNew("web"), .preCutover("web"), .removeNew("web"), .restoreOld("web"), .gateOld,
                .finish(.rolledBack),
            ])
        #expect(DeployStep(text: DeployStep.preCutover("web").text) == .preCutover("web"))
    }

    @Test func aDeployKilledDuringItsHookIsReverted() {
        let plan = ServicePlan(service: "web", strategy: .startFirst, reason: "", old: Self.old)
        var machine = DeployMachine.replay(
            services: [plan], soakEnabled: false,
            journal: [
                (.createNew("web"), "begun", nil), (.createNew("web"), "done", "c1"),
                (.preCutover("web"), "begun", nil),
            ])
        #expect(Self.run(&machine) == [.removeNew("web"), .restoreOld("web"), .gateOld, .finish(.rolledBack)])
    }

    @Test func theStrategyOverrideIsCheckedAgainstWhatTheServiceAllows() throws {
        let free = ComposeServiceConfig(name: "web")
        let fixed = ComposeServiceConfig(name: "db", containerName: "shop-db")
        #expect(try Strategy.choose(for: free, override: .stopFirst).0 == .stopFirst)
        #expect(try Strategy.choose(for: free, override: nil).0 == .startFirst)
        #expect(try Strategy.choose(for: fixed, override: .stopFirst).0 == .stopFirst)
        #expect {
            try Strategy.choose(for: fixed, override: .startFirst)
        } throws: { error in
            "\(error)".contains("start-first is impossible for db: container_name shop-db")
        }
    }

    @Test func perServiceSuccessesAndSoakOverTheTargetsTiming() {
        var timing = Timing()
        timing.successThreshold = 7
        let settings = GateSettings(
            templates: [
                "web": TargetSpec(name: "web", reference: .composeService(service: "web", project: nil), timing: timing)
            ],
            defaults: Timing(), soakMilliseconds: 30_000, successes: ["web": 2, "worker": 5], soaks: ["web": 0])
        #expect(settings.plan(service: "web", container: "c1").targets.first?.timing?.successThreshold == 2)
        #expect(settings.plan(service: "worker", container: "c2").targets.first?.timing?.successThreshold == 5)
        var soakRound = Timing()
        soakRound.successThreshold = 1
        #expect(
            settings.plan(service: "web", container: "c1", timing: soakRound).targets.first?.timing?.successThreshold
                == 1)
        #expect(settings.soak(of: "web") == 0 && settings.soak(of: "worker") == 30_000)
        #expect(settings.longestSoak(of: ["web"]) == 0 && settings.longestSoak(of: ["web", "worker"]) == 30_000)
    }
}
