import DockerEngine

/// Section 7: networks per container, who shares one, published ports and their bind addresses,
/// and dependencies named in the environment that no shared network reaches.
struct NetworkSection: DiagnosisSectionRunner {
    /// Ports of databases, caches and brokers that must not face the internet.
    static let datastorePorts: [Int: String] = [
        6379: "Redis", 5432: "PostgreSQL", 3306: "MySQL", 27017: "MongoDB", 11211: "Memcached", 5672: "RabbitMQ",
        9200: "Elasticsearch", 9042: "Cassandra",
    ]
    static let datastoreNames = [
        "redis", "postgres", "mysql", "mariadb", "mongo", "memcached", "rabbitmq", "elasticsearch", "valkey",
    ]
    static let wildcard: Set<String> = ["", "0.0.0.0", "::"]

    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let containers = context.containers
        return containers.flatMap { container in
            [Self.networks(container, all: containers)] + Self.ports(container)
                + Self.dependencies(container, all: containers)
        }
    }

    static func networks(_ container: DiagnosedContainer, all: [DiagnosedContainer]) -> DiagnosisCheck {
        let names = container.networks.sorted()
        guard !names.isEmpty else {
            return .skip(.network, container.service, "networks", "on no network (not running, or network mode none)")
        }
        let peers = all.filter {
            $0.details.id != container.details.id && !$0.networks.isDisjoint(with: container.networks)
        }
        let peerText =
            peers.isEmpty ? "no other service of the stack" : Set(peers.map(\.service)).sorted().joined(separator: ", ")
        return .pass(
            .network, container.service, "networks", "\(names.joined(separator: ", ")); shared with \(peerText)")
    }

    static func ports(_ container: DiagnosedContainer) -> [DiagnosisCheck] {
        let bindings = container.details.networkSettings?.ports ?? [:]
        var checks: [DiagnosisCheck] = []
        for key in bindings.keys.sorted() {
            guard let list = bindings[key] ?? nil, !list.isEmpty else { continue }
            let port = Int(key.split(separator: "/").first ?? "") ?? 0
            let addresses = list.map { "\($0.hostIP.isEmpty ? "0.0.0.0" : $0.hostIP):\($0.hostPort)" }
            let open = list.filter { wildcard.contains($0.hostIP) }
            if let kind = datastore(container, port: port), let first = open.first {
                checks.append(
                    DiagnosisCheck(
                        section: .network, subject: container.service, name: "port \(key)", status: .fail,
                        cause: .exposedPort,
                        message:
                            "\(kind) port \(port) is published on all interfaces (\(addresses.joined(separator: ", "))): anyone who reaches this host can try it",
                        nextStep:
                            "publish it on 127.0.0.1 only (ports: - \"127.0.0.1:\(first.hostPort):\(port)\") or not at all; the app reaches it over the compose network",
                        commands: ["docker port \(container.name)"]))
            } else {
                checks.append(
                    .pass(
                        .network, container.service, "port \(key)", "published on \(addresses.joined(separator: ", "))")
                )
            }
        }
        return checks
    }

    /// The kind of datastore a container is, judged by its port, image and service name.
    static func datastore(_ container: DiagnosedContainer, port: Int) -> String? {
        if let kind = datastorePorts[port] { return kind }
        let text = (container.details.config.image + " " + container.service).lowercased()
        return datastoreNames.first { text.contains($0) }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    static func dependencies(_ container: DiagnosedContainer, all: [DiagnosedContainer]) -> [DiagnosisCheck] {
        guard container.isRunning else { return [] }
        return EnvironmentHosts.hosts(in: container.environment).compactMap { variable, host in
            guard let peer = all.first(where: { $0.details.id != container.details.id && $0.hostNames.contains(host) })
            else { return nil }
            let shared = container.networks.intersection(peer.networks).sorted()
            if !shared.isEmpty {
                return .pass(
                    .network, container.service, "reaches \(host)",
                    "\(variable) names \(peer.service), on shared network \(shared.joined(separator: ", "))")
            }
            return DiagnosisCheck(
                section: .network, subject: container.service, name: "reaches \(host)", status: .fail,
                cause: .networkIsolated,
                message:
                    "\(variable) names \(host) (\(peer.service)), but they share no network: \(container.service) is on \(container.networks.sorted().joined(separator: ", ")), \(peer.service) on \(peer.networks.sorted().joined(separator: ", "))",
                nextStep:
                    "put both services on one network (compose `networks:`), or point \(variable) at a reachable host",
                commands: ["docker network connect \(peer.networks.sorted().first ?? "NETWORK") \(container.name)"])
        }
    }
}
