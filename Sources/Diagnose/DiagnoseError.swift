import Foundation

/// Why `shipshape diagnose` could not run at all (problems it finds are checks, not errors).
public enum DiagnoseError: Error, LocalizedError, Sendable, Equatable {
    /// Neither a project nor a plan names anything to diagnose.
    case nothingToDiagnose
    /// The project has no containers, running or stopped.
    case emptyProject(String)

    public var errorDescription: String? {
        switch self {
        case .nothingToDiagnose:
            return "Nothing to diagnose: give --project NAME or a plan (--plan shipshape.yml) with targets."
        case .emptyProject(let project):
            return "Compose project '\(project)' has no containers on this host — check the name "
                + "(docker compose ls) and that `docker compose up` ran here."
        }
    }
}
