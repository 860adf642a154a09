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

    public init(
        results: [CheckResult], fatal: FailureCause? = nil, lastResponse: HTTPSnapshot? = nil, route: String? = nil
    ) {
        self.results = results
        self.fatal = fatal
        self.lastResponse = lastResponse
        self.route = route
    }

    public var passed: Bool { fatal == nil && results.allSatisfy { $0.status == .healthy } }

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
