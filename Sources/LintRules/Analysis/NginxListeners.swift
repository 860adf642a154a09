import DeployModel
import DockerfileSyntax
import Foundation

/// Where an image's nginx listens on IPv4 only: a configuration of the repository put into `/etc/nginx` (copied
/// by the build or bind-mounted by compose) that listens on a port no active configuration serves on IPv6.
enum NginxListeners {
    /// One configuration in the container, at `path`.
    struct Active {
        let path: String
        let config: NginxConfig
    }

    /// The official image's own `conf.d/default.conf` listens on 80 (8080 in `nginx-unprivileged`), and its
    /// entrypoint adds the IPv6 listener (`10-listen-on-ipv6-by-default.sh`), unless a configuration of the
    /// repository replaces or hides it.
    static let stockPorts = [80, 8080]
    static let stockDefault = "/etc/nginx/conf.d/default.conf"
    static let stockTemplate = "/etc/nginx/templates/default.conf.template"

    /// The IPv4-only listeners of `active`; `stockRemoved` when the build deletes the image's own default.
    static func bindings(_ active: [Active], stockRemoved: Bool = false) -> [IPv4Binding] {
        guard !active.isEmpty else { return [] }
        let replacesStock = stockRemoved || active.contains { $0.path == stockDefault || $0.path == stockTemplate }
        let mainConfig = active.first { $0.path == "/etc/nginx/nginx.conf" }
        let stockServes = !replacesStock && (mainConfig?.config.includesConfD ?? true)
        var ipv6Ports = Set(active.flatMap { $0.config.listens.filter(\.ipv6).map(\.port) })
        if stockServes { ipv6Ports.formUnion(stockPorts) }
        return active.flatMap { entry in
            entry.config.listens.filter { $0.ipv4 && !ipv6Ports.contains($0.port) }.map { listen in
                IPv4Binding(
                    port: listen.port, evidence: "listen \(listen.text) in \(entry.config.file)",
                    location: listen.location, fromCode: true)
            }
        }
    }

    /// The configurations a stage's build copies into `/etc/nginx`, found near its Dockerfile.
    static func copied(by stage: Stage, in dockerfile: Dockerfile, configs: [String: NginxConfig]) -> [Active] {
        guard !configs.isEmpty else { return [] }
        let files = BuildContextFiles(stage: stage, in: dockerfile)
        var paths: Set<String> = ["/etc/nginx/nginx.conf", stockDefault, stockTemplate]
        for name in Set(configs.keys.map { ($0 as NSString).lastPathComponent }) {
            paths.insert("/etc/nginx/conf.d/\(name)")
            paths.insert("/etc/nginx/templates/\(name)")
        }
        return paths.sorted().compactMap { path in
            let candidates = files.contextPaths(of: path)
            guard !candidates.isEmpty,
                let config = RepositoryScripts.find(in: configs, near: dockerfile.path, candidates: candidates)
            else { return nil }
            return Active(path: path, config: config)
        }
    }

    /// True when a `RUN` of the stage deletes the image's own `default.conf`.
    static func removesStockDefault(_ stage: Stage, in dockerfile: Dockerfile) -> Bool {
        dockerfile.ancestry(of: stage).flatMap(\.instructions).contains { instruction in
            let text = instruction.arguments.text
            return instruction.keyword == "RUN" && text.contains("rm ") && text.contains("default.conf")
        }
    }

    /// The configurations compose bind-mounts into `/etc/nginx` (a file, or a folder of them).
    static func mounted(_ mounts: [ComposeBindMount], configs: [String: NginxConfig]) -> (
        active: [Active], hidesStock: Bool
    ) {
        var active: [Active] = []
        var hidesStock = false
        for mount in mounts where mount.target.hasPrefix("/etc/nginx") {
            let source = RepositoryScripts.trimmed(mount.source)
            let target = mount.target.hasSuffix("/") ? String(mount.target.dropLast()) : mount.target
            if let config = configs[source] {
                active.append(Active(path: target, config: config))
                continue
            }
            // A folder: every configuration under it, at the same place under the target.
            let folder = source + "/"
            for (path, config) in configs.sorted(by: { $0.key < $1.key }) where path.hasPrefix(folder) {
                active.append(Active(path: target + "/" + path.dropFirst(folder.count), config: config))
            }
            if target == "/etc/nginx/conf.d" || target == "/etc/nginx/templates" || target == "/etc/nginx" {
                hidesStock = true
            }
        }
        return (active, hidesStock)
    }
}
