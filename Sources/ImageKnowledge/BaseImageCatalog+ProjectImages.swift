// Data only: images published by the projects themselves (quay.io, ghcr.io, Docker Hub namespaces).
// Evidence cites the project's own Dockerfile or the maintainers' word in their issue tracker.

extension BaseImageCatalog {
    /// Images published by projects, after the official ones.
    static let projectImageEntries: [BaseImageEntry] = []
}
