/// Why the store cannot be used.
public enum DeployStoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case corrupt(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the deploy state at \(path): \(reason)"
        case .corrupt(let detail): "the deploy state is unreadable: \(detail)"
        }
    }
}
