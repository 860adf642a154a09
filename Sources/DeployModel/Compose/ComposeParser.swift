import ShipshapeCore

/// Parses compose files into `ComposeFile`s.
public enum ComposeParser {
    /// Parses `text` (the contents of the compose file at repository-relative `path`).
    ///
    /// `environment` supplies interpolation values — normally the `.env` next to the compose file.
    /// Problems never stop parsing: a broken service is skipped or partially read.
    public static func parse(path: String, text: String, environment: [String: String] = [:]) -> ComposeFile {
        let document = YAMLDocument(file: path, text: text)
        guard let root = document.root else {
            return ComposeFile(path: path, services: [], problems: document.problems)
        }
        var context = ComposeContext(document: document, environment: environment)
        guard root.pairs != nil else {
            context.note(root, "compose file is not a mapping; expected top-level keys like `services:`")
            return ComposeFile(path: path, services: [], problems: context.problems)
        }
        var services: [ComposeService] = []
        if let servicesNode = root["services"] {
            if let pairs = servicesNode.pairs {
                for pair in pairs {
                    if let service = context.service(pair) { services.append(service) }
                }
            } else if !servicesNode.isNull {
                context.note(servicesNode, "`services` must be a mapping of service names to definitions")
            }
        }
        let projectName = context.string(root["name"])
        return ComposeFile(
            path: path, services: services, problems: document.problems + context.problems, projectName: projectName)
    }
}
