import ShipshapeCore

/// The result of one probe in one attempt, with what the engine needs beyond the `CheckResult`.
package struct ProbeRun: Sendable {
    package var result: CheckResult
    /// The HTTP response, when the probe got one.
    package var response: HTTPSnapshot?
    /// How the service was reached.
    package var route: String?
    /// Retrying cannot help (the tool or shell is missing).
    package var fatal = false

    package init(result: CheckResult, response: HTTPSnapshot? = nil, route: String? = nil, fatal: Bool = false) {
        self.result = result
        self.response = response
        self.route = route
        self.fatal = fatal
    }
}
