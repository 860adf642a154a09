/// The deploy's decisions, free of side effects: given what has happened, which step comes next.
///
/// Forward, per service in dependency order — start-first: create new, start new, gate new, stop old;
/// stop-first: create new, stop old, start new, gate new (with a `pre-cutover` hook, it runs right after
/// create new). Then one soak over every new container, then
/// retire the old containers, then finish. The first failure of a forward step turns it around: every
/// service the deploy touched, newest first, has its new container removed and its old one restored; the
/// restored ones are gated together; the deploy ends rolled back (or rollback failed).
public struct DeployMachine: Sendable, Equatable {
    public let services: [ServicePlan]
    public let soakEnabled: Bool
    /// Steps that finished, successfully or not, in order.
    public private(set) var history: [(step: DeployStep, succeeded: Bool)] = []
    /// The first forward failure: the reason for the rollback.
    public private(set) var failure: String?
    public private(set) var rollbackFailures: [String] = []
    /// True when the rollback is an interruption's (a signal, or a killed process found by `replay`): the
    /// deploy ends `interrupted`, not `rolled-back`.
    public private(set) var interrupted = false

    public init(services: [ServicePlan], soakEnabled: Bool) {
        self.services = services
        self.soakEnabled = soakEnabled
    }

    public static func == (lhs: DeployMachine, rhs: DeployMachine) -> Bool {
        lhs.services == rhs.services && lhs.soakEnabled == rhs.soakEnabled && lhs.failure == rhs.failure
            && lhs.rollbackFailures == rhs.rollbackFailures && lhs.interrupted == rhs.interrupted
            && lhs.history.map(\.step) == rhs.history.map(\.step)
            && lhs.history.map(\.succeeded) == rhs.history.map(\.succeeded)
    }

    public var isRollingBack: Bool { failure != nil }
    public var isFinished: Bool { history.contains { if case .finish = $0.step { true } else { false } } }

    /// Records how a step ended. A forward step's failure (or an interruption) starts the rollback.
    public mutating func record(_ step: DeployStep, succeeded: Bool, cause: String? = nil) {
        history.append((step, succeeded))
        guard !succeeded else { return }
        if step.isForward, failure == nil {
            failure = cause ?? "\(step.text) failed"
        } else if !step.isForward {
            rollbackFailures.append(cause ?? "\(step.text) failed")
        }
    }

    /// Stops moving forward (SIGINT/SIGTERM, a killed process): the next steps restore the previous version.
    public mutating func interrupt(_ cause: String) {
        guard failure == nil, !isFinished else { return }
        failure = cause
        interrupted = true
    }

    /// The step to run next; nil once finished.
    public func next() -> DeployStep? {
        if isFinished { return nil }
        return failure == nil ? nextForward() : nextRollback()
    }

    func hasRun(_ step: DeployStep) -> Bool { history.contains { $0.step == step } }

    func forwardSteps(_ plan: ServicePlan) -> [DeployStep] {
        let name = plan.service
        // The hook runs once the new container exists and before anything of the old one changes.
        let created: [DeployStep] = plan.preCutover == nil ? [.createNew(name)] : [.createNew(name), .preCutover(name)]
        switch (plan.strategy, plan.old != nil) {
        case (.startFirst, true): return created + [.startNew(name), .gateNew(name), .stopOld(name)]
        case (.stopFirst, true): return created + [.stopOld(name), .startNew(name), .gateNew(name)]
        case (_, false): return created + [.startNew(name), .gateNew(name)]
        }
    }

    func nextForward() -> DeployStep? {
        var steps = services.flatMap(forwardSteps)
        if soakEnabled { steps.append(.soak) }
        steps += services.filter { $0.old != nil }.map { .retireOld($0.service) }
        steps.append(.finish(.deployed))
        return steps.first { !hasRun($0) }
    }

    /// Services this deploy touched (a step of theirs ran or began), newest first.
    func touchedServices() -> [ServicePlan] {
        let touched = Set(history.compactMap { $0.step.isForward ? $0.step.service : nil })
        return services.filter { touched.contains($0.service) }.reversed()
    }

    func nextRollback() -> DeployStep? {
        var steps: [DeployStep] = []
        for plan in touchedServices() {
            steps.append(.removeNew(plan.service))
            if plan.old != nil { steps.append(.restoreOld(plan.service)) }
        }
        let restoring = touchedServices().contains { $0.old != nil }
        if restoring, rollbackFailures.isEmpty { steps.append(.gateOld) }
        if let step = steps.first(where: { !hasRun($0) }) { return step }
        return .finish(rollbackFailures.isEmpty ? .rolledBack : .rollbackFailed)
    }

    /// Rebuilds the machine of an interrupted deploy from its journal. A step that began but never ended may
    /// or may not have happened: a forward one counts as failed (so the deploy is reverted); a retire or
    /// rollback step is left to run again (each is safe to repeat).
    public static func replay(
        services: [ServicePlan], soakEnabled: Bool, journal: [(step: DeployStep, phase: String, detail: String?)]
    ) -> DeployMachine {
        var machine = DeployMachine(services: services, soakEnabled: soakEnabled)
        var open: [DeployStep] = []
        for entry in journal {
            switch entry.phase {
            case "begun": open.append(entry.step)
            case "done":
                open.removeAll { $0 == entry.step }
                machine.record(entry.step, succeeded: true)
            default:
                open.removeAll { $0 == entry.step }
                machine.record(entry.step, succeeded: false, cause: entry.detail)
            }
        }
        for step in open where step.isForward {
            machine.interrupt("interrupted during \(step.text)")
            machine.record(step, succeeded: false, cause: "interrupted during \(step.text)")
        }
        if let next = machine.next(), next.isForward {
            machine.interrupt("interrupted before \(next.text)")
        }
        return machine
    }
}
