import DockerEngine
import ShipshapeCore

/// Maps Docker Engine client errors onto failure causes.
package enum EngineErrors {
    package static func classify(_ error: any Error) -> Classification {
        guard let engine = error as? DockerEngineError else {
            return FailureClassifier.classify(errorText: "\(error)")
        }
        let message = engine.errorDescription ?? "\(engine)"
        switch engine {
        case .containerNotFound: return Classification(.containerNotFound, message)
        case .permissionDenied: return Classification(.permissionDenied, message)
        case .timeout: return Classification(.timeout, message)
        case .daemonUnreachable, .sshTransportFailed, .invalidDockerHost:
            return Classification(.daemonUnreachable, message)
        case .apiError(_, let text) where text.contains("is not running"):
            return Classification(.containerExited, message)
        case .apiError(_, let text) where text.contains("is restarting"):
            return Classification(.containerRestarting, message)
        case .imageNotFound, .apiError, .invalidResponse: return Classification(.daemonUnreachable, message)
        }
    }

    /// Causes after which waiting longer cannot help.
    package static func isFatal(_ cause: FailureCause) -> Bool {
        [.containerNotFound, .permissionDenied].contains(cause)
    }
}
