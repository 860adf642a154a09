import Foundation
import Probes

/// A wait that cannot be run as asked: the command line or plan must change (exit 2).
public enum WaitUsageError: LocalizedError, Equatable {
    /// A compose service name found in several projects, with no project given.
    case ambiguousService(String, projects: [String])
    /// A compose project with no container and no readable compose file: nothing to wait for.
    case emptyProject(String)

    public var errorDescription: String? {
        switch self {
        case .ambiguousService(let service, let projects):
            return "service \(service) exists in several compose projects (\(projects.joined(separator: ", "))): "
                + "name one with --project (or `project:` in the plan, or COMPOSE_PROJECT_NAME)"
        case .emptyProject(let project):
            return "compose project \(project) has no container on this Docker host: nothing to wait for "
                + "(check the name with `docker compose ls -a`)"
        }
    }
}
