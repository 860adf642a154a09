import ShipshapeCore

extension DeploymentModel {
    /// How many `extends:` links one service follows (a cycle ends here, unresolved).
    static let maxExtendsDepth = 8

    /// Services with `extends:` get their base's keys (from the same file or another compose file that
    /// was read); a base that cannot be found leaves the service as written, `resolved` false.
    mutating func resolveExtends() {
        guard composeFiles.contains(where: { $0.services.contains { $0.extends != nil } }) else { return }
        let original = composeFiles
        composeFiles = original.map { file in
            guard file.services.contains(where: { $0.extends != nil }) else { return file }
            return ComposeFile(
                path: file.path, services: file.services.map { Self.extended($0, in: file, files: original, depth: 0) },
                problems: file.problems, projectName: file.projectName)
        }
    }

    static func extended(_ service: ComposeService, in file: ComposeFile, files: [ComposeFile], depth: Int)
        -> ComposeService
    {
        guard var link = service.extends, depth < maxExtendsDepth else { return service }
        let basePath = link.file ?? file.path
        guard let baseFile = files.first(where: { $0.path == basePath }),
            let base = baseFile.service(named: link.service), !(baseFile.path == file.path && base.name == service.name)
        else { return service }
        let resolvedBase = extended(base, in: baseFile, files: files, depth: depth + 1)
        if let baseLink = resolvedBase.extends, !baseLink.resolved { return service }
        var result = ComposeParser.extended(resolvedBase, by: service)
        link.resolved = true
        result.extends = link
        return result
    }
}
