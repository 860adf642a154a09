import DeployModel
import Foundation
import ShipshapeCore

/// A compose healthcheck that reads `${VAR}` meaning the container's variable, which compose fills in itself.
struct HealthcheckHostVariableRule: Rule {
    static let description = RuleDescription(
        identifier: "healthcheck-host-variable",
        name: "Healthcheck variable filled in by compose, not by the container",
        summary:
            "A compose healthcheck writes `${VAR}` for a variable the service sets in its container (`environment:` or `env_file:`), but compose replaces `${VAR}` itself when it reads the file, from the shell or the `.env` beside it, where nothing sets it: the check runs with an empty value.",
        rationale: """
            Compose interpolates every `$VAR` and `${VAR}` in the file before it creates anything, with the \
            variables of the shell running it and of the `.env` file beside the compose file; an unset one \
            becomes an empty string ("The POSTGRES_USER variable is not set. Defaulting to a blank string"). The \
            service's own `environment:` and `env_file:` are not among them: they are what the container sees, \
            later. So `test: ["CMD-SHELL", "pg_isready -U ${POSTGRES_USER}"]` beside `POSTGRES_USER: shop` runs \
            `pg_isready -U ` (the next word becomes the user); `mysqladmin ping -p${MYSQL_ROOT_PASSWORD}` runs \
            `mysqladmin ping -p`, which waits for a password on a terminal that is not there until the check \
            times out; `redis-cli -a ${REDIS_PASSWORD} ping` authenticates with `ping`. `$${VAR}` is compose's \
            escape: the test keeps `${VAR}` and the container's shell expands it with the container's value. \
            Not reported when the variable is written with a default (`${VAR:-shop}`), when the service's value \
            comes from the same host variable (`POSTGRES_USER: ${POSTGRES_USER}`, so both get the same value), \
            or when another `.env`-style file beside the compose file (`.env.example`) sets it, since the \
            deployer's `.env` then likely does too. A warning: some commands still pass with the empty value \
            (`pg_isready` answers for any user).
            """,
        severity: .warning,
        nonTriggering: HealthcheckHostVariableExamples.nonTriggering,
        triggering: HealthcheckHostVariableExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        var seen = Set<SourceLocation>()
        return context.model.composeFiles.flatMap { file in
            let templates = Self.dotenvTemplates(beside: file, in: context.model)
            return file.services.flatMap { service -> [Finding] in
                guard let healthcheck = service.healthcheck else { return [] }
                return healthcheck.hostVariables.compactMap { variable -> Finding? in
                    let name = variable.value.trimmingCharacters(in: CharacterSet(charactersIn: "${}"))
                    guard seen.insert(variable.location).inserted, !templates.contains(name),
                        let origin = Self.containerOrigin(of: name, in: service, model: context.model)
                    else { return nil }
                    return report(variable, name: name, service: service, healthcheck: healthcheck, origin: origin)
                }
            }
        }
    }

    func report(
        _ variable: Located<String>, name: String, service: ComposeService, healthcheck: ComposeHealthcheck,
        origin: Origin
    ) -> Finding {
        let shellForm = if case .shell? = healthcheck.test { true } else { false }
        return finding(
            "service \"\(service.name)\"'s healthcheck uses `\(variable.value)`, which compose fills in when it reads the "
                + "file — from the shell running it or the `.env` beside it, where nothing sets it — and not from the "
                + "container's \(origin.text), which has it: the check runs with an empty value",
            at: variable.location,
            related: [.init(origin.location, "the container's \(name), which the check never sees")],
            fix: shellForm
                ? "write `$\(variable.value)`: compose leaves `\(variable.value)` to the container's shell, which has the value"
                : "use the shell form and escape the dollar: `test: [\"CMD-SHELL\", \"… $\(variable.value) …\"]` (the exec "
                    + "form has no shell to expand it)")
    }

    /// Where the container gets the variable from, when it is not from the same host variable.
    struct Origin {
        var text: String
        var location: SourceLocation
    }

    /// `environment:` setting `name` to a value not taken from the host variable of the same name, else an
    /// `env_file:` that sets it; nil when the container does not set it (the test means a deploy variable).
    static func containerOrigin(of name: String, in service: ComposeService, model: DeploymentModel) -> Origin? {
        if let entry = service.environment.last(where: { $0.name == name }) {
            guard entry.value != nil, !entry.references.contains(name) else { return nil }
            return Origin(text: "`environment:`", location: entry.location)
        }
        for path in service.envFiles.reversed() {
            guard let file = model.envFiles.first(where: { $0.path == path.value }),
                file.entries.contains(where: { $0.key == name })
            else { continue }
            return Origin(text: "`env_file:` \(path.value)", location: path.location)
        }
        return nil
    }

    /// Variables set by `.env`-style files beside the compose file that no service loads with `env_file:`
    /// (`.env.example`, `.env.sample`): templates of the deployer's `.env`.
    static func dotenvTemplates(beside compose: ComposeFile, in model: DeploymentModel) -> Set<String> {
        let directory = (compose.path as NSString).deletingLastPathComponent
        let loaded = Set(model.composeFiles.flatMap { $0.services.flatMap { $0.envFiles.map(\.value) } })
        var names: Set<String> = []
        for file in model.envFiles where !loaded.contains(file.path) {
            guard (file.path as NSString).deletingLastPathComponent == directory else { continue }
            let base = (file.path as NSString).lastPathComponent
            guard base.hasPrefix(".env") || base.hasSuffix(".env") else { continue }
            names.formUnion(file.entries.map(\.key))
        }
        return names
    }
}
