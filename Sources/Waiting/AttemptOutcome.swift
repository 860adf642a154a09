import Probes
import ShipshapeCore

/// What one attempt at a target found.
public struct AttemptOutcome: Sendable {
    /// One result per probe, in plan order.
    public var results: [CheckResult]
    /// Set when waiting longer cannot help (container exited, removed, tool missing): the wait ends now.
    public var fatal: FailureCause?
    /// The body of the last passing HTTP probe, for version checks.
    public var lastResponse: HTTPSnapshot?
    /// How the probes reached the service.
    public var route: String?
    /// The checks of the probes that test the service themselves (HTTP, TCP, exec): the success threshold
    /// counts their passes. Empty when the target has none, and then every check counts (Docker's health status
    /// and the container's state are reads of a state that changes on its own clock, not tests).
    public var tests: Set<String> = []

    public init(
        results: [CheckResult], fatal: FailureCause? = nil, lastResponse: HTTPSnapshot? = nil, route: String? = nil
    ) {
        self.results = results
        self.fatal = fatal
        self.lastResponse = lastResponse
        self.route = route
    }

    public var passed: Bool { fatal == nil && results.allSatisfy { $0.status == .healthy } }

    /// Whether this attempt continues a streak toward the success threshold: every test passed (every check,
    /// for a target without tests), whatever a read such as Docker's health status said.
    public var confirms: Bool {
        guard !tests.isEmpty else { return passed }
        let tested = results.filter { tests.contains($0.check) }
        return fatal == nil && Set(tested.map(\.check)) == tests && tested.allSatisfy { $0.status == .healthy }
    }

    /// The fail-fast cause, else the first failing probe's.
    public var cause: FailureCause? { fatal ?? results.first { $0.status == .unhealthy }?.cause }

    /// The first failure's message, for progress output.
    public var errorText: String? {
        if passed { return nil }
        return results.first { $0.status == .unhealthy }?.message ?? fatal?.rawValue
    }

    /// An attempt that ended before any probe ran.
    static func failure(target: String, check: String, cause: FailureCause, message: String, fatal: Bool) -> Self {
        let result = CheckResult(target: target, check: check, status: .unhealthy, cause: cause, message: message)
        return AttemptOutcome(results: [result], fatal: fatal ? cause : nil)
    }
}
