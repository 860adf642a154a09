/// Which containers `listContainers` returns; maps onto the API's `filters` JSON and `all`.
public struct ContainerFilter: Sendable, Equatable {
    /// Include stopped containers (`all=1`).
    public var all: Bool
    /// `label=com.docker.compose.project=<project>`.
    public var composeProject: String?
    /// `label=com.docker.compose.service=<service>`.
    public var composeService: String?
    /// `name=` (dockerd matches it as a substring / regex of the name).
    public var name: String?
    /// Further `label=` terms, each `key` or `key=value`.
    public var labels: [String]
    /// `status=` terms, e.g. "running", "exited".
    public var statuses: [String]

    public init(
        all: Bool = false, composeProject: String? = nil, composeService: String? = nil,
        name: String? = nil, labels: [String] = [], statuses: [String] = []
    ) {
        self.all = all
        self.composeProject = composeProject
        self.composeService = composeService
        self.name = name
        self.labels = labels
        self.statuses = statuses
    }

    /// The `filters` query value: a JSON object of string arrays.
    var filtersJSON: [String: [String]] {
        var result: [String: [String]] = [:]
        var labelTerms = labels
        if let composeProject { labelTerms.append("com.docker.compose.project=\(composeProject)") }
        if let composeService { labelTerms.append("com.docker.compose.service=\(composeService)") }
        if !labelTerms.isEmpty { result["label"] = labelTerms }
        if let name { result["name"] = [name] }
        if !statuses.isEmpty { result["status"] = statuses }
        return result
    }
}
