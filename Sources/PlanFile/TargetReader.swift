import Plan

/// Reads one entry under `targets:`.
struct TargetReader: Sendable {
    static let referenceKeys = ["container", "service", "project", "url"]
    static let probeKeys = ProbeKind.allCases.map(\.planKey)
    static let expectationKeys = ["expect-version", "version-fields", "expect-image"]
    static let allKeys = referenceKeys + probeKeys + expectationKeys + TimingKeys.all + DiagnoseKeysReader.targetKeys

    let reader: PlanReader
    let defaults: Timing

    func read(_ entry: PlanPair) throws -> TargetSpec {
        let keyPath = "targets.\(entry.key)"
        let pairs = try reader.mapping(entry.value, keyPath)
        try reader.checkKeys(pairs, allowed: Self.allKeys, keyPath)
        let reference = try self.reference(pairs, at: entry, keyPath)
        let probeReader = ProbeReader(reader: reader, reference: reference)
        var probes: [ProbeSpec] = []
        for pair in pairs where Self.probeKeys.contains(pair.key) {
            probes += try probeReader.read(pair, "\(keyPath).\(pair.key)")
        }
        let timingPairs = pairs.filter { TimingKeys.all.contains($0.key) }
        let timing =
            timingPairs.isEmpty
            ? nil : try TimingKeys.read(timingPairs, base: defaults, reader: reader, keyPath: keyPath)
        let diagnoseKeys = DiagnoseKeysReader(reader: reader)
        return TargetSpec(
            name: entry.key, reference: reference, probes: probes, expectations: try expectations(pairs, keyPath),
            timing: timing, publicURL: try diagnoseKeys.publicURL(pairs, keyPath),
            logEvents: try diagnoseKeys.logEvents(pairs, keyPath))
    }

    /// Exactly one of container, service (optionally with project), project alone, or url.
    private func reference(_ pairs: [PlanPair], at entry: PlanPair, _ keyPath: String) throws -> TargetSpec.Reference {
        var values: [String: String] = [:]
        for pair in pairs where Self.referenceKeys.contains(pair.key) {
            values[pair.key] = try reader.string(pair.value, "\(keyPath).\(pair.key)")
        }
        let given = Self.referenceKeys.filter { values[$0] != nil }
        switch (values["container"], values["service"], values["project"], values["url"]) {
        case (let container?, nil, nil, nil): return .container(container)
        case (nil, let service?, let project, nil): return .composeService(service: service, project: project)
        case (nil, nil, let project?, nil): return .composeProject(project)
        case (nil, nil, nil, let url?):
            guard url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") else {
                let position = pairs.last { $0.key == "url" }?.value.position ?? entry.keyPosition
                throw reader.fail(position, "\(keyPath).url", "expected an http:// or https:// URL, got '\(url)'")
            }
            return .url(url)
        default:
            let found = given.isEmpty ? "none" : given.joined(separator: " and ")
            throw reader.fail(
                entry.keyPosition, keyPath,
                "expected one of container, service (with optional project), project or url; found \(found)")
        }
    }

    private func expectations(_ pairs: [PlanPair], _ keyPath: String) throws -> [Expectation] {
        var result: [Expectation] = []
        let fieldsPair = pairs.last { $0.key == "version-fields" }
        let fields = try fieldsPair.map { try reader.strings($0.value, "\(keyPath).version-fields") }
        for pair in pairs {
            switch pair.key {
            case "expect-version":
                let version = try reader.string(pair.value, "\(keyPath).expect-version")
                result.append(.version(version, fields: fields ?? Expectation.defaultVersionFields))
            case "expect-image":
                result.append(.image(try reader.string(pair.value, "\(keyPath).expect-image")))
            default: continue
            }
        }
        if let fieldsPair, !pairs.contains(where: { $0.key == "expect-version" }) {
            throw reader.fail(fieldsPair.keyPosition, "\(keyPath).version-fields", "only applies with expect-version")
        }
        return result
    }
}
