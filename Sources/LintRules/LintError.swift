import Foundation

/// Why a lint run could not run at all (as opposed to what it found).
public enum LintError: Error, LocalizedError, Equatable {
    case configuration(path: String, problem: String)
    case noSuchPath(String)

    public var errorDescription: String? {
        switch self {
        case .configuration(let path, let problem): "Configuration \(path) \(problem)."
        case .noSuchPath(let path): "No such file or directory: \(path)"
        }
    }
}
