// Data only: official Docker Hub images of services and servers (web servers, proxies, brokers).
// Evidence cites the image's official Dockerfile (docker-library/*) or the maintainers' issue tracker.

extension BaseImageCatalog {
    /// Official Docker Hub images of services, after the language and OS entries.
    static let serviceImageEntries: [BaseImageEntry] = []
}
