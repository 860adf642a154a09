import DeployModel
import Foundation
import ShellSyntax
import ShipshapeCore

/// A script starts a compose stack and then probes it from the host on a port no service publishes.
struct HostProbePortUnpublishedRule: Rule {
    static let description = RuleDescription(
        identifier: "host-probe-port-unpublished",
        name: "Host probe on a port the stack does not publish",
        summary:
            "A script runs `docker compose up` and probes `localhost:PORT` from the host, but no service publishes PORT.",
        rationale: """
            `docker compose up -d && until curl -fs http://localhost:9000/health; do sleep 1; done` can only \
            succeed when some service maps host port 9000 (`ports: ["9000:8000"]`). When every service's \
            published ports are known and none is 9000, the probe is refused on every attempt: the deploy \
            waits until it times out (or forever), and the message blames the service. Shipshape reports it \
            when the probe (curl, wget, nc… to localhost, 127.0.0.1 or ::1) is in the same script as the \
            `compose up`, the compose files that command uses were read, and nothing else in the script can \
            open host ports (`docker run -p`, `kubectl port-forward`, `ssh -L`, a process sent to the \
            background, host networking). Fix: probe the published port, or publish the one probed.
            """,
        severity: .error,
        nonTriggering: HostProbePortUnpublishedExamples.nonTriggering,
        triggering: HostProbePortUnpublishedExamples.triggering)

    /// Host programs that probe a URL or a port.
    static let probes: Set<String> = ["curl", "wget", "nc", "ncat", "netcat", "http"]

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for unit in context.model.shellUnits {
            let commands = unit.script.commands
            let ups = commands.compactMap(Self.composeUpFiles)
            guard !ups.isEmpty, !commands.contains(where: Self.mayOpenPorts),
                !Self.backgroundsAProcess(context.model.sources[unit.file] ?? "&")
            else { continue }
            let directory = (unit.file as NSString).deletingLastPathComponent
            var files: [ComposeFile] = []
            for named in ups {
                guard let chosen = Self.composeFiles(named, from: directory, in: context.model) else {
                    files = []
                    break
                }
                files += chosen
            }
            guard !files.isEmpty, let published = Self.publishedPorts(files, sources: context.model.sources),
                !published.isEmpty
            else { continue }
            for command in commands where Self.isHostProbe(command) {
                for url in ProbeURL.find(in: command.words.map(TextWord.init)) where !published.contains(url.port) {
                    let list = published.sorted().map(String.init).joined(separator: ", ")
                    findings.append(
                        finding(
                            "the probe calls host port \(url.port), but no service of \(files.map(\.path).joined(separator: ", ")) "
                                + "publishes it (published: \(list))",
                            at: url.location,
                            fix: "probe a published port (\(list)) or publish \(url.port) in `ports:`"))
                }
            }
        }
        return findings
    }

    /// The `-f` files of `docker compose [-f F]… up` / `docker-compose … up` (empty: the default file); nil otherwise.
    static func composeUpFiles(_ command: SimpleCommand) -> [String]? {
        guard let compose = ComposeInvocation.parse(command), compose.subcommand == "up" else { return nil }
        // A profile or another directory changes which services run: not followed.
        guard !compose.optionNames.contains(where: { ["profile", "project-directory"].contains($0) }) else {
            return nil
        }
        let files = compose.files.map { $0.literal ?? "$" }
        return files.contains("$") ? nil : files
    }

    /// The compose files a `compose up` reads: the `-f` files, else the default file of the script's
    /// directory or the repository root; nil when one is not among the files read.
    static func composeFiles(_ named: [String], from directory: String, in model: DeploymentModel) -> [ComposeFile]? {
        if named.isEmpty {
            let defaults = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"]
            for base in [directory, ""] {
                let found = model.composeFiles.filter { file in
                    defaults.contains { file.path == (base.isEmpty ? $0 : base + "/" + $0) }
                }
                if let first = found.first { return [first] }
            }
            return nil
        }
        var files: [ComposeFile] = []
        for name in named {
            let normalized = RepoPaths.normalize(name)
            let candidates = [RepoPaths.join(directory, name), normalized]
            guard let file = model.composeFiles.first(where: { candidates.contains($0.path) }) else { return nil }
            files.append(file)
        }
        return files
    }

    /// Host ports the services publish; nil when one cannot be known (a variable — its default may be
    /// overridden at deploy time —, host networking).
    static func publishedPorts(_ files: [ComposeFile], sources: [String: String]) -> Set<Int>? {
        var ports: Set<Int> = []
        for file in files {
            let lines = (sources[file.path] ?? "$").split(separator: "\n", omittingEmptySubsequences: false)
            for service in file.services {
                if let mode = service.networkMode?.value, mode == "host" || mode.hasPrefix("service:") { return nil }
                for port in service.ports {
                    guard port.published != nil else { continue }
                    let line = port.location.start.line - 1
                    guard lines.indices.contains(line), !lines[line].contains("$") else { return nil }
                }
            }
        }
        for service in files.flatMap(\.services) {
            for port in service.ports {
                guard let published = port.published else { continue }
                let bounds = published.split(separator: "-").map { Int($0) }
                guard let low = bounds.first ?? nil, bounds.count <= 2 else { return nil }
                let high = bounds.count == 2 ? (bounds[1] ?? low) : low
                guard high >= low, high - low < 1000 else { return nil }
                ports.formUnion(low...high)
            }
        }
        return ports
    }

    /// A probe run on the host itself (not inside `docker exec`, not in a `$(...)`).
    static func isHostProbe(_ command: SimpleCommand) -> Bool {
        guard let name = command.name.map({ ($0 as NSString).lastPathComponent }) else { return false }
        return probes.contains(name)
    }

    /// A `cmd &` anywhere in the file (the parser does not mark background jobs): a server may be
    /// started that way, so the file is left alone.
    static func backgroundsAProcess(_ source: String) -> Bool {
        source.split(separator: "\n").contains { line in
            line.range(of: #"(^|[^&|>])&[ \t]*($|[;)#])"#, options: .regularExpression) != nil
        }
    }

    /// Anything that may listen on host ports besides the compose services.
    static func mayOpenPorts(_ command: SimpleCommand) -> Bool {
        let words = command.words.compactMap(\.literal)
        guard let name = words.first.map({ ($0 as NSString).lastPathComponent }) else { return false }
        switch name {
        case "docker", "podman":
            return words.contains("run") || words.contains("create")
        case "kubectl", "oc": return words.contains("port-forward")
        case "ssh": return words.contains { $0.hasPrefix("-L") || $0.hasPrefix("-R") || $0.hasPrefix("-D") }
        case "socat", "nginx", "caddy", "minikube", "kind", "k3d", "nohup", "systemctl", "service", "setsid":
            return true
        default: return false
        }
    }
}
