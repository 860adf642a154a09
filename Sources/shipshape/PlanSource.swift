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
            return plan
        }
        let names = targets + options.service + (options.project.map { [$0] } ?? [])
        if let long = names.first(where: { $0.utf8.count > maximumNameBytes }) {
            throw ValidationError(
                "'\(long.prefix(40))…' is \(long.utf8.count) bytes long; container, service, project names and URLs "
                    + "are at most \(maximumNameBytes) bytes.")
        }
        let probes = try probes(options)
        let expectations = expectations(options)
        var specs: [TargetSpec] = try targets.map { given in
            let isURL = try isURLTarget(given)
            // `HTTP://host` is `http://host`: the scheme is case-insensitive, the rest is not.
            let target = isURL ? given.prefix { $0 != ":" }.lowercased() + given.drop { $0 != ":" } : given
            return TargetSpec(
                name: target, reference: isURL ? .url(target) : .container(target),
                probes: isURL && probes.isEmpty ? [.http(HTTPProbeSpec(port: nil, path: target))] : probes,
                expectations: expectations)
        }
        specs += options.service.map {
            TargetSpec(
                name: $0, reference: .composeService(service: $0, project: options.project), probes: probes,
                expectations: expectations)
        }
        if let project = options.project, options.service.isEmpty {
            specs.append(
                TargetSpec(
                    name: project, reference: .composeProject(project), probes: probes, expectations: expectations))
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

    static func probes(_ options: WaitOptions) throws -> [ProbeSpec] {
        var probes: [ProbeSpec] = []
        let conditions = try options.expect.map { try ConditionParser.parse($0) }
        for text in options.http {
            var spec = try ProbeParser.http(text)
            spec.conditions += conditions
            probes.append(.http(spec))
        }
        for port in options.tcp where !(1...65_535).contains(port) {
            throw ValidationError("--tcp expects a port from 1 to 65535, not \(port).")
        }
        probes += options.tcp.map { .tcp(port: $0) }
        if let exec = options.exec { probes.append(.exec(try ExecCommandLine.probe(exec))) }
        if options.dockerHealth { probes.append(.dockerHealth) }
        if !conditions.isEmpty, options.http.isEmpty {
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
        if let value = try duration(options.startPeriod, "--start-period") {
            plan.defaults.startPeriodMilliseconds = value
        }
        if let successes = options.successes {
            guard successes >= 1 else { throw ValidationError("--successes must be at least 1.") }
            plan.defaults.successThreshold = successes
        }
    }
}
