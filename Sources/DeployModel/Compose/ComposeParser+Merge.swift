import ShipshapeCore

extension ComposeParser {
    /// Merges compose files given as `-f a.yml -f b.yml` (or `docker-compose.yml` then
    /// `docker-compose.override.yml`): later files override earlier ones.
    ///
    /// Simplified compose semantics: single-valued keys (`image`, `build`, `container_name`,
    /// `command`, `entrypoint`, `healthcheck`, `network_mode`) are replaced when the later file
    /// sets them; `ports`, `expose` and `env_file` are appended (exact duplicates dropped);
    /// `environment` and `depends_on` are merged by name with the later entry winning; `profiles`
    /// are united. Services keep the order in which they first appear.
    public static func merge(_ files: [ComposeFile]) -> [ComposeService] {
        var order: [String] = []
        var merged: [String: ComposeService] = [:]
        for file in files {
            for service in file.services {
                if let existing = merged[service.name] {
                    merged[service.name] = override(existing, with: service)
                } else {
                    order.append(service.name)
                    merged[service.name] = service
                }
            }
        }
        return order.compactMap { merged[$0] }
    }

    /// A service that `extends:` `base`: the base's keys, the service's own on top, under the service's
    /// name and location. `depends_on` is the service's own (compose does not inherit it through `extends`).
    public static func extended(_ base: ComposeService, by service: ComposeService) -> ComposeService {
        var result = override(base, with: service)
        result.name = service.name
        result.location = service.location
        result.dependsOn = service.dependsOn
        result.extends = service.extends
        return result
    }

    /// `base` with `later`'s settings applied on top.
    static func override(_ base: ComposeService, with later: ComposeService) -> ComposeService {
        var result = base
        result.file = later.file
        result.image = later.image ?? base.image
        result.build = later.build ?? base.build
        result.containerName = later.containerName ?? base.containerName
        result.command = later.command ?? base.command
        result.entrypoint = later.entrypoint ?? base.entrypoint
        result.healthcheck = later.healthcheck ?? base.healthcheck
        result.networkMode = later.networkMode ?? base.networkMode
        result.workingDir = later.workingDir ?? base.workingDir
        result.ports = appendingUnique(base.ports, later.ports) {
            "\($0.hostIP ?? "")|\($0.published ?? "")|\($0.targetText)|\($0.proto)"
        }
        result.expose = appendingUnique(base.expose, later.expose) { "\($0.value)" }
        result.envFiles = appendingUnique(base.envFiles, later.envFiles) { $0.value }
        result.environment = mergedByName(base.environment, later.environment, name: \.name)
        result.dependsOn = mergedByName(base.dependsOn, later.dependsOn, name: \.name)
        result.profiles = base.profiles + later.profiles.filter { !base.profiles.contains($0) }
        return result
    }

    private static func appendingUnique<T>(_ base: [T], _ later: [T], key: (T) -> String) -> [T] {
        var seen = Set(base.map(key))
        var result = base
        for item in later where !seen.contains(key(item)) {
            seen.insert(key(item))
            result.append(item)
        }
        return result
    }

    private static func mergedByName<T>(_ base: [T], _ later: [T], name: (T) -> String) -> [T] {
        let overridden = Set(later.map(name))
        return base.filter { !overridden.contains(name($0)) } + later
    }
}
