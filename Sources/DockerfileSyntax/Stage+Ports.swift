import ShipshapeCore

extension Stage {
    /// Ports from every `EXPOSE` (`8000`, `8080/tcp`, `9000-9001`); unresolvable words such as `$PORT` are skipped.
    public var exposedPorts: [ExposedPort] {
        var ports: [ExposedPort] = []
        for instruction in instructions where instruction.keyword == "EXPOSE" {
            for word in ArgumentWords.split(instruction.arguments) {
                let location = instruction.arguments.location(of: word.range)
                ports.append(contentsOf: Self.ports(in: word.value, location: location))
            }
        }
        return ports
    }

    /// Ranges wider than this are kept as their first port only, so `EXPOSE 1-65535` stays cheap.
    static let maximumExpandedRange = 1024

    static func ports(in word: String, location: SourceLocation) -> [ExposedPort] {
        let pieces = word.split(separator: "/", maxSplits: 1)
        guard let spec = pieces.first else { return [] }
        let proto = pieces.count > 1 ? pieces[1].lowercased() : "tcp"
        let bounds = spec.split(separator: "-", maxSplits: 1).map { Int($0) }
        guard let low = bounds.first ?? nil, (1...65535).contains(low) else { return [] }
        var high = low
        if bounds.count == 2 {
            guard let upper = bounds[1], upper >= low, upper <= 65535 else { return [] }
            high = upper - low < maximumExpandedRange ? upper : low
        }
        return (low...high).map { ExposedPort(port: $0, proto: proto, location: location) }
    }
}
