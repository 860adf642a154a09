import DeployModel
import ShipshapeCore

extension ImageIndex {
    /// Every image reference the repository runs, with the source Shipshape resolves it from:
    /// compose `image:` values (a build's tag, or a pulled image), compose's default name for a
    /// build without `image:` (`project-service`), and names built by workflows and scripts.
    /// References holding a variable (`api:${TAG}`) are left out: no one can look them up.
    static func references(model: DeploymentModel, built: [String: ImageSource]) -> [String: ImageSource] {
        var references: [String: ImageSource] = [:]
        for file in model.composeFiles {
            let project = TargetResolver.projectName(of: file)
            for service in file.services {
                let buildSource = service.build.map {
                    ImageSource.build(dockerfile: $0.dockerfile, target: $0.target, args: $0.args)
                }
                if let image = service.image?.value {
                    guard !image.contains("$") else { continue }
                    references[image] = buildSource ?? BuiltImages.key(image).flatMap { built[$0] } ?? .reference(image)
                } else if let buildSource {
                    references["\(project)-\(service.name)"] = buildSource
                }
            }
        }
        for (name, source) in built where !references.keys.contains(where: { BuiltImages.key($0) == name }) {
            references[name] = source
        }
        return references
    }
}
