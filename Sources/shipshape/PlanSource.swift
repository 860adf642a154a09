import ArgumentParser
import Foundation
import Plan
import PlanFile

/// Where `wait` gets its plan: a plan file, or the targets and probes given as flags.
enum PlanSource {
    static func plan(targets: [String], options: WaitOptions) throws -> Plan {
        let hasFlagTargets = !targets.isEmpty || !options.service.isEmpty || options.project != nil
        if options.plan != nil || !hasFlagTargets {
            let path = options.plan ?? "shipshape.yml"
            guard FileManager.default.fileExists(atPath: path) else {
                throw ValidationError(
                    "No target given and no plan file at \(path). Name a container, a URL, --service, --project, "
                        + "or write a plan with `shipshape init`.")
            }
            let text = try PlanFileText.read(path: path)
            var plan = try PlanFileParser.parse(
                text: text, path: path, environment: ProcessInfo.processInfo.environment)
            try apply(options, to: &plan)
            applyVersion(options, to: &plan)
            return plan
        }
        let names = targets + options.service + (options.project.map { [$0] } ?? [])
        if let long = names.first(where: { $0.utf8.count > maximumNameBytes }) {
            throw ValidationError(
                "'\(long.prefix(40))…' is \(long.utf8.count) bytes long; container, service, project names and URLs "
                    + "are at most \(maximumNameBytes) bytes.")
        }
        let conditions = try options.expect.map { try ConditionParser.parse($0) }
        let hasURL = try targets.contains(where: isURLTarget)
        let probes = try probes(options, conditions: conditions, hasURLTarget: hasURL)
        let expectations = expectations(options)
        var specs: [TargetSpec] = try targets.map { given in
            let url = try isURLTarget(given)
            // `HTTP://host` is `http://host`: the scheme is case-insensitive, the rest is not.
            let target = url ? given.prefix { $0 != ":" }.lowercased() + given.drop { $0 != ":" } : given
            let implicit = HTTPProbeSpec(port: nil, path: target, conditions: conditions)
            return TargetSpec(
                name: target, reference: url ? .url(target) : .container(target),
                probes: url && probes.isEmpty ? [.http(implicit)] : probes, expectations: expectations)
        }
        // As Docker Compose decides: --project, else COMPOSE_PROJECT_NAME.
        let project =
            options.project
            ?? ProcessInfo.processInfo.environment["COMPOSE_PROJECT_NAME"].flatMap {
                $0.isEmpty ? nil : $0
            }
        specs += options.service.map {
            TargetSpec(
                name: $0, reference: .composeService(service: $0, project: project), probes: probes,
                expectations: expectations)
        }
        if let project = options.project, options.service.isEmpty {
            // A project holds third-party images too: the version applies to what it builds.
            specs.append(
                TargetSpec(
                    name: project, reference: .composeProject(project), probes: probes,
                    expectations: expectations.map(\.scopedToBuilt)))
        }
        var plan = Plan(targets: specs)
        try apply(options, to: &plan)
        return plan
    }

    /// Longest target name or URL accepted: dockerd answers 431 to a request line far longer.
    static let maximumNameBytes = 4096

    /// True for an `http://` or `https://` target (any case); a name with another scheme
    /// (`file://`, `gopher://`) is refused rather than taken for a container name.
    static func isURLTarget(_ target: String) throws -> Bool {
        let lower = target.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return true }
        if let scheme = lower.range(of: "://") {
            throw ValidationError(
                "'\(target)' is a \(lower[..<scheme.lowerBound]):// URL; wait checks http:// and https:// URLs "
                    + "or containers.")
        }
        return false
    }

    /// `--expect-version` over a plan: the plan's own `expect-version` values give way to the flag, and
    /// every other target is checked when the project builds it (never a third-party image).
    static func applyVersion(_ options: WaitOptions, to plan: inout Plan) {
        guard let version = options.expectVersion else { return }
        let flagFields = options.versionField.isEmpty ? nil : options.versionField
        for index in plan.targets.indices {
            var replaced = false
            plan.targets[index].expectations = plan.targets[index].expectations.map { expectation in
                switch expectation {
                case .version(_, let fields):
                    replaced = true
                    return .version(version, fields: flagFields ?? fields)
                case .versionIfBuilt(_, let fields):
                    replaced = true
                    return .versionIfBuilt(version, fields: flagFields ?? fields)
                case .image: return expectation
                }
            }
            if !replaced {
                plan.targets[index].expectations.append(
                    .versionIfBuilt(version, fields: flagFields ?? Expectation.defaultVersionFields))
            }
        }
    }

    static func probes(_ options: WaitOptions, conditions: [Condition], hasURLTarget: Bool) throws -> [ProbeSpec] {
        var probes: [ProbeSpec] = []
        for text in options.http {
            var spec = try ProbeParser.http(text)
            spec.conditions += conditions
            probes.append(.http(spec))
        }
        probes += try options.tcp.map { .tcp(port: try ProbeParser.tcp($0)) }
        if let exec = options.exec { probes.append(.exec(try ExecCommandLine.probe(exec))) }
        if options.dockerHealth { probes.append(.dockerHealth) }
        if !conditions.isEmpty, options.http.isEmpty, !hasURLTarget {
            throw ValidationError("--expect applies to HTTP probes: add --http, or give a URL target.")
        }
        return probes
    }

    static func expectations(_ options: WaitOptions) -> [Expectation] {
        var expectations: [Expectation] = []
        if let version = options.expectVersion {
            let fields = options.versionField.isEmpty ? Expectation.defaultVersionFields : options.versionField
            expectations.append(.version(version, fields: fields))
        }
        if let image = options.expectImage { expectations.append(.image(image)) }
        return expectations
    }

    /// Timing flags override the plan's defaults.
    static func apply(_ options: WaitOptions, to plan: inout Plan) throws {
        func duration(_ text: String?, _ flag: String) throws -> Int? {
            guard let text else { return nil }
            guard let milliseconds = DurationText.milliseconds(text) else {
                throw ValidationError(DurationText.problem(text, for: flag, example: "90s, 500ms or 2m"))
            }
            return milliseconds
        }
        if let value = try duration(options.timeout, "--timeout") { plan.defaults.deadlineMilliseconds = value }
        if let value = try duration(options.attemptTimeout, "--attempt-timeout") {
            plan.defaults.attemptTimeoutMilliseconds = value
        }
        if let value = try duration(options.interval, "--interval") { plan.defaults.intervalMilliseconds = value }
        if let value = try duration(options.maxInterval, "--max-interval") {
            plan.defaults.maxIntervalMilliseconds = value
        }
        if let value = try duration(options.stableFor, "--stable-for") { plan.defaults.stableMilliseconds = value }
        if let value = try duration(options.startPeriod, "--start-period") {
            plan.defaults.startPeriodMilliseconds = value
        }
        if let successes = options.successes {
            guard successes >= 1 else { throw ValidationError("--successes must be at least 1.") }
            plan.defaults.successThreshold = successes
        }
    }
}
