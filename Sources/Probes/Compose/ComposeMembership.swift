/// A container's place in a compose project.
package struct ComposeMembership: Sendable, Hashable {
    package var project: String
    package var service: String
    /// Whether the project's compose files build the service (nil: files not readable here).
    package var builtByFiles: Bool?

    package init(project: String, service: String, builtByFiles: Bool?) {
        self.project = project
        self.service = service
        self.builtByFiles = builtByFiles
    }
}
