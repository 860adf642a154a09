import ShipshapeCore

/// The result of one probe in one attempt, with what the engine needs beyond the `CheckResult`.
struct ProbeRun: Sendable {
    var result: CheckResult
    /// The HTTP response, when the probe got one.
    var response: HTTPSnapshot?
    /// How the service was reached.
    var route: String?
    /// Retrying cannot help (the tool or shell is missing).
    var fatal = false
}
