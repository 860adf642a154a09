import ArgumentParser
import Deploy
import DeployModel
import DeployStore
import DockerEngine
import Foundation
import Plan
import PlanFile
import ShipshapeCore

/// What `deploy`, `rollback` and `history` share: the compose runner, the resolved project, the gate settings,
/// the store and the Docker client, with every failure mapped to its exit code.
struct DeploySession {
    let options: DeployOptions
    let environment = ProcessInfo.processInfo.environment

    static func composeFiles(_ given: [String], environment: [String: String]) -> [String] {
        if !given.isEmpty { return given }
        if let list = environment["COMPOSE_FILE"], !list.isEmpty {
            let separator = environment["COMPOSE_PATH_SEPARATOR"].flatMap(\.first) ?? ":"
            return list.split(separator: separator).map(String.init)
        }
        let manager = FileManager.default
        for base in ["compose", "docker-compose"] {
            for ext in ["yaml", "yml"] where manager.fileExists(atPath: "\(base).\(ext)") {
                var files = ["\(base).\(ext)"]
                for overrideExt in ["yaml", "yml"] where manager.fileExists(atPath: "\(base).override.\(overrideExt)") {
                    files.append("\(base).override.\(overrideExt)")
                    break
                }
                return files
            }
        }
        return []
    }

    func compose() throws -> ComposeRunner {
        let files = Self.composeFiles(options.file, environment: environment)
        guard !files.isEmpty else {
            throw DeployError.usage("no compose file: pass -f FILE, set COMPOSE_FILE, or run where compose.yaml is")
        }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw DeployError.usage("no such compose file: \(file)")
        }
        let project = options.project ?? environment["COMPOSE_PROJECT_NAME"].flatMap { $0.isEmpty ? nil : $0 }
        return ComposeRunner(
            docker: environment["SHIPSHAPE_DOCKER"] ?? "docker", files: files, project: project,
            directory: FileManager.default.currentDirectoryPath, plugin: ComposePlugin.locate(environment: environment))
    }

    /// Compose present and the project resolved; the runner pinned to the resolved project name.
    func resolve() async throws -> (ComposeRunner, ComposeConfig) {
        var runner = try compose()
        // One compose process (~0.3 s of CPU each): `docker compose config --format json` only answers from
        // Compose v2, so `version` runs only when `config` failed, to tell a missing compose from a bad file.
        let config: ComposeConfig
        do {
            config = try await runner.config()
        } catch DeployError.composeConfigInvalid(let text) {
            _ = try await runner.version()
            throw DeployError.composeConfigInvalid(text)
        }
        runner.project = config.project
        return (runner, config)
    }

    /// The `--plan` file, else `./shipshape.yml` when there is one (as `wait` and `diagnose` read it: its
    /// probes, `expect-version` and `deploy:` section), else the probes `shipshape init` would write for the
    /// compose files. The plan sees
    /// `SHIPSHAPE_REVISION` as the revision being deployed (`expect-version: ${SHIPSHAPE_REVISION}`); nil
    /// (rollback, whose target is chosen later) drops the plan's version expectations instead.
    func plan(files: [String], revision: String?) throws -> Plan {
        var environment = self.environment
        environment[DeployLabels.revisionVariable] = revision ?? environment[DeployLabels.revisionVariable] ?? "unknown"
        var plan: Plan
        if let path = options.plan ?? Self.defaultPlan() {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw DeployError.usage("cannot read the plan file \(path)")
            }
            do {
                plan = try PlanFileParser.parse(text: text, path: path, environment: environment)
            } catch {
                throw DeployError.usage("\(error)")
            }
        } else {
            let parsed = files.compactMap { path -> ComposeFile? in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
                return ComposeParser.parse(path: path, text: text, environment: environment)
            }
            plan = PlanInitializer.plan(from: parsed)
        }
        if revision == nil {
            for index in plan.targets.indices {
                plan.targets[index].expectations.removeAll { $0.isVersion }
            }
        }
        return plan
    }

    /// `shipshape.yml` in the working directory, when it exists (the file `shipshape init` writes).
    static func defaultPlan() -> String? {
        FileManager.default.fileExists(atPath: "shipshape.yml") ? "shipshape.yml" : nil
    }

    /// Gate and soak per service. Precedence: the command line, then the plan's `deploy.services.S`, then
    /// `deploy:` itself, then the target's timing (a threshold of 1 there means "not set": 3).
    func gateSettings(plan: Plan, config: ComposeConfig) throws -> GateSettings {
        let section = plan.deploy
        for name in section.services.keys.sorted() where config.service(name) == nil {
            throw DeployError.usage(
                "the plan's deploy.services.\(name): project \(config.project) has no service '\(name)' "
                    + "(services: \(config.services.map(\.name).sorted().joined(separator: ", ")))")
        }
        var defaults = plan.defaults
        let timeout = try options.timeout.map { try options.milliseconds($0, "--timeout") }
        func adjust(_ timing: inout Timing) {
            if timing.successThreshold == 1 { timing.successThreshold = options.successes ?? section.successes ?? 3 }
            if let timeout { timing.deadlineMilliseconds = timeout }
        }
        adjust(&defaults)
        var templates = GateSettings.templates(from: plan, project: config.project, services: config.services)
        for (name, var target) in templates {
            if var timing = target.timing {
                adjust(&timing)
                target.timing = timing
            }
            templates[name] = target
        }
        var successes: [String: Int] = [:]
        var soaks: [String: Int] = [:]
        for service in config.services {
            let own = section.services[service.name]
            if let value = options.successes ?? own?.successes ?? section.successes { successes[service.name] = value }
            if options.soak == nil, let value = own?.soakMilliseconds { soaks[service.name] = value }
        }
        let soak = try options.soak.map { try options.milliseconds($0, "--soak") } ?? section.soakMilliseconds ?? 30_000
        return GateSettings(
            templates: templates, defaults: defaults, soakMilliseconds: soak, successes: successes, soaks: soaks)
    }

    /// The plan's `deploy:` section as the request carries it: `--keep` wins over the plan's `keep`.
    func section(_ plan: Plan) -> DeploySection {
        var section = plan.deploy
        guard options.keep != nil else { return section }
        section.keep = nil
        for name in section.services.keys { section.services[name]?.keep = nil }
        return section
    }

    /// The request `deploy` and `rollback` run, from the options.
    func request(
        services: [String], compose: ComposeRunner, plan: Plan, settings: GateSettings, revision: String?,
        dryRun: Bool
    ) throws -> DeployRequest {
        var request = DeployRequest(
            services: services, compose: compose, plan: nil, revision: revision,
            soakMilliseconds: max(settings.soakMilliseconds, settings.soaks.values.max() ?? 0),
            successes: options.successes ?? plan.deploy.successes ?? 3, timeoutMilliseconds: nil, dryRun: dryRun,
            waitLockMilliseconds: try options.waitLock.map { try options.milliseconds($0, "--wait-lock") },
            lockTTLMilliseconds: try options.milliseconds(options.lockTtl, "--lock-ttl"),
            keep: options.keep ?? plan.deploy.keep ?? 3, stopGraceSeconds: options.stopGrace, environment: environment,
            section: section(plan))
        request.minimumFreeDiskBytes = DiskSpace.bytes(options.minFreeDisk) ?? 1 << 30
        return request
    }

    /// `--state postgres://…` (PostgreSQL), a SQLite path, or the default SQLite location.
    func store() async throws -> any DeployStore {
        let location = options.state ?? StateLocation.sqlitePath(environment: environment)
        do {
            if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
                return try await PostgresDeployStore.open(url: location)
            }
            return try SQLiteDeployStore(path: location)
        } catch {
            throw DeployError.store("\(error)")
        }
    }

    /// Runs `body` with a Docker client; maps `DeployError` and an unreachable daemon to exit codes.
    func withClient(command: String, _ body: (any DockerEngineAPI) async throws -> Int32) async throws {
        let code: Int32
        do {
            code = try await DockerClient.withClient(requestTimeout: .seconds(30)) { client in try await body(client) }
        } catch let error as DeployError {
            Self.printError(command, error.description)
            throw ExitCode(error.exit.rawValue)
        } catch let error as DockerEngineError {
            Self.printError(command, error.localizedDescription)
            throw ExitCode(ShipshapeExit.dockerUnreachable.rawValue)
        }
        if code != 0 { throw ExitCode(code) }
    }

    static func printError(_ command: String, _ text: String) {
        ReportFile.note("shipshape \(command): \(text)")
    }
}

extension Expectation {
    /// `expect-version`, in either scope.
    var isVersion: Bool {
        switch self {
        case .version, .versionIfBuilt: true
        case .image: false
        }
    }
}
