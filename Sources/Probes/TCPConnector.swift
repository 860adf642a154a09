import ShipshapeCore
import TCPConnection

/// One TCP connect before any HTTP is sent (the shared `TCPConnect`), in the wait's words.
package enum TCPConnector {
    /// nil when the connection opened (and was closed again).
    package static func check(host: String, port: Int, timeoutMilliseconds: Int) async -> Classification? {
        guard
            let failure = await TCPConnect.check(
                host: host, port: port, limit: .milliseconds(max(1, timeoutMilliseconds)))
        else { return nil }
        let endpoint = failure.endpoint
        switch failure.kind {
        case .dnsFailure: return Classification(.dnsFailure, "cannot resolve \(host)")
        case .refused:
            return Classification(
                .connectionRefused, "connection refused at \(endpoint) (nothing listens on that port)")
        case .timedOut:
            return Classification(.timeout, "TCP connect to \(endpoint) timed out after \(timeoutMilliseconds) ms")
        case .unreachable, .other:
            let cause = FailureClassifier.classify(errorText: failure.detail).cause
            return Classification(cause, "cannot connect to \(endpoint): \(failure.detail)")
        }
    }
}
