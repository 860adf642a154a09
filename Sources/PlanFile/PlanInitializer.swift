import DeployModel
import Foundation
import Plan

/// Drafts a plan from compose files (`shipshape init`): one target per long-running service.
///
/// Probe choice, most to least trustworthy: the service's own healthcheck (`docker-health`); a
/// known database image (TCP on its port); a single container port (HTTP on `/health`, marked for the
/// user to confirm); otherwise no probe, which waits for "running" (and for a healthcheck baked
/// into the image, if any).
public enum PlanInitializer {
    /// Database images and their ports, by the last component of the image repository.
    static let databasePorts: [String: Int] = [
        "postgres": 5432, "postgresql": 5432, "postgis": 5432, "timescaledb": 5432,
        "redis": 6379, "valkey": 6379, "keydb": 6379, "redis-stack-server": 6379,
        "mysql": 3306, "mariadb": 3306, "percona": 3306,
        "mongo": 27017, "mongodb": 27017, "mongodb-community-server": 27017,
        "rabbitmq": 5672, "memcached": 11211,
    ]
    /// Ports that usually speak HTTP; used to pick one when a service has several.
    static let httpPorts: Set<Int> = [80, 3000, 4000, 5000, 8000, 8080, 8081, 8443, 8888, 9000, 443]

    /// The drafted plan alone.
    public static func plan(from files: [ComposeFile]) -> Plan { draft(from: files).plan }

    /// The drafted plan with comments for the user (what to confirm, why a target has no probe).
    ///
    /// `directory` is the compose file's directory on disk, for the project name compose would derive
    /// when the file has no `name:` (the file paths in `files` may be relative).
    public static func draft(from files: [ComposeFile], directory: String? = nil) -> PlanDraft {
        let project = projectName(files) ?? directory.flatMap(normalisedProjectName)
        var targets: [TargetSpec] = []
        var notes: [String: TargetNote] = [:]
        for service in ComposeParser.merge(files) where service.profiles.isEmpty {
            let reference: TargetSpec.Reference =
                service.containerName.map { .container($0.value) }
                ?? .composeService(service: service.name, project: project)
            let (probes, note) = probes(for: service)
            targets.append(TargetSpec(name: service.name, reference: reference, probes: probes))
            if let note { notes[service.name] = note }
        }
        return PlanDraft(plan: Plan(targets: targets), notes: notes)
    }

    static func probes(for service: ComposeService) -> ([ProbeSpec], TargetNote?) {
        if let healthcheck = service.healthcheck, !healthcheck.disabled, let test = healthcheck.test {
            // An outside probe first, on the URL the healthcheck asks: it needs no tool in the image, so
            // a broken healthcheck cannot hide a healthy service. Docker's health stays a second signal.
            let ports = containerPorts(service)
            if let url = LocalURL.find(in: words(test)), ports.contains(url.port) || ports.isEmpty {
                return ([.http(HTTPProbeSpec(port: url.port, path: url.path, scheme: url.scheme)), .dockerHealth], nil)
            }
            return ([.dockerHealth], nil)
        }
        if let port = databasePort(image: service.image?.value) { return ([.tcp(port: port)], nil) }
        let ports = containerPorts(service)
        let httpLike = ports.filter(httpPorts.contains)
        if ports.count == 1, let port = ports.first, WellKnownPorts.nonHTTP.contains(port) {
            return ([.tcp(port: port)], nil)
        }
        if let port = ports.count == 1 ? ports.first : (httpLike.count == 1 ? httpLike.first : nil) {
            let note = TargetNote(
                comments: httpPorts.contains(port) ? [] : ["TODO: confirm that port \(port) speaks HTTP"],
                pathComment: "TODO: confirm the health path")
            return ([.http(HTTPProbeSpec(port: port, path: "/health"))], note)
        }
        if ports.isEmpty {
            return ([], TargetNote(comments: ["No port or healthcheck: waits until the container is running."]))
        }
        let list = ports.map(String.init).joined(separator: ", ")
        return ([], TargetNote(comments: ["Ports \(list): add an http or tcp probe for the one that shows health."]))
    }

    /// A healthcheck's words, whatever its form.
    static func words(_ command: ComposeCommand) -> [String] {
        switch command {
        case .shell(let text): [text.text]
        case .exec(let items): items.map(\.value)
        }
    }

    /// `postgres:16-alpine`, `docker.io/bitnami/postgresql:16` → 5432.
    static func databasePort(image: String?) -> Int? {
        guard let image else { return nil }
        let withoutDigest = image.split(separator: "@").first.map(String.init) ?? image
        let repository = withoutDigest.split(separator: "/").last.map(String.init) ?? withoutDigest
        let name = repository.split(separator: ":").first.map { $0.lowercased() } ?? repository
        return databasePorts[name]
    }

    /// Distinct TCP container ports from `ports` and `expose`, in order.
    static func containerPorts(_ service: ComposeService) -> [Int] {
        var ports: [Int] = []
        let candidates =
            service.ports.filter { $0.proto.lowercased() == "tcp" }.compactMap(\.target)
            + service.expose.map(\.value)
        for port in candidates where !ports.contains(port) { ports.append(port) }
        return ports
    }

    /// The compose `name:`, else the first file's directory name normalised as compose does.
    static func projectName(_ files: [ComposeFile]) -> String? {
        if let name = files.lazy.compactMap(\.projectName).last { return name }
        guard let path = files.first?.path else { return nil }
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? nil : normalisedProjectName(directory)
    }

    /// A directory's name as compose makes a project name of it: lower case, letters, digits, - and _.
    static func normalisedProjectName(_ directory: String) -> String? {
        let base = (directory as NSString).lastPathComponent
        let normalised = base.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return normalised.isEmpty ? nil : normalised
    }
}
