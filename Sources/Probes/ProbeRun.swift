import ShipshapeCore

/// The result of one probe in one attempt, with what the engine needs beyond the `CheckResult`.
package struct ProbeRun: Sendable {
    package var result: CheckResult
    /// The HTTP response, when the probe got one.
    package var response: HTTPSnapshot?
    /// How the service was reached.
    package var route: String?
    /// Retrying cannot help (the tool or shell is missing).
    var fatal = false
}
