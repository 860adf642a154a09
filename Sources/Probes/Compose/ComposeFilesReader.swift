import Foundation
import Yams

/// What the compose files of a project say about its services: which exist (a service that has no
/// container at all is still a target) and which the project builds (version checks apply to those).
package struct ComposeFileFacts: Sendable, Equatable {
    /// Active services (no `profiles:`, not scaled to zero), in file order.
    package var services: [String]
    /// Services with a `build:` section.
    package var built: Set<String>
}

/// Reads the files named by a container's `config_files` label, when they are readable here (they
/// are not when DOCKER_HOST points at another machine: then containers are all there is to go by).
package enum ComposeFilesReader {
    /// Compose files larger than this are not read (the lint size limit).
    package static let sizeLimit = 5 * 1024 * 1024

    package static func facts(configFiles label: String?) -> ComposeFileFacts? {
        guard let label, !label.isEmpty else { return nil }
        var facts = ComposeFileFacts(services: [], built: [])
        var inactive: Set<String> = []
        var readAny = false
        for path in label.split(separator: ",").map(String.init) {
            guard let services = services(at: path) else { continue }
            readAny = true
            for (name, service) in services {
                if !facts.services.contains(name) { facts.services.append(name) }
                if service?["build"] != nil { facts.built.insert(name) }
                if service?["profiles"] != nil || scaledToZero(service) { inactive.insert(name) }
            }
        }
        guard readAny else { return nil }
        facts.services.removeAll { inactive.contains($0) }
        return facts
    }

    /// `services:` of one file in document order, or nil when unreadable.
    private static func services(at path: String) -> [(String, Node.Mapping?)]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, size <= sizeLimit,
            let text = try? String(contentsOfFile: path, encoding: .utf8),
            let node = try? Yams.compose(yaml: text),
            let services = node.mapping?["services"]?.mapping
        else { return nil }
        return services.compactMap { key, value in key.string.map { ($0, value.mapping) } }
    }

    private static func scaledToZero(_ service: Node.Mapping?) -> Bool {
        if service?["scale"]?.int == 0 { return true }
        return service?["deploy"]?.mapping?["replicas"]?.int == 0
    }
}
