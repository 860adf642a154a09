/// The parts of a diagnosis report, numbered as in the seed's diagnostic script.
public enum DiagnosisSection: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case containers = 1
    case images = 2
    case tools = 3
    case endpoints = 4
    case configuration = 5
    case dependencies = 6
    case network = 7
    case logs = 8
    case smokeTests = 9

    /// The heading shown in reports.
    public var title: String {
        switch self {
        case .containers: "Containers"
        case .images: "Images"
        case .tools: "Tool manifest"
        case .endpoints: "Health endpoints"
        case .configuration: "Configuration as logged"
        case .dependencies: "Dependencies"
        case .network: "Network"
        case .logs: "Logs"
        case .smokeTests: "Smoke tests"
        }
    }

    /// A stable identifier for JSON (`smoke-tests`).
    public var identifier: String {
        switch self {
        case .containers: "containers"
        case .images: "images"
        case .tools: "tools"
        case .endpoints: "endpoints"
        case .configuration: "configuration"
        case .dependencies: "dependencies"
        case .network: "network"
        case .logs: "logs"
        case .smokeTests: "smoke-tests"
        }
    }

    public static func < (left: Self, right: Self) -> Bool { left.rawValue < right.rawValue }
}
