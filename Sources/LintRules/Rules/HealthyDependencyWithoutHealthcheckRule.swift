import DeployModel
import ShipshapeCore

/// `depends_on: {X: {condition: service_healthy}}` where X can never become healthy.
struct HealthyDependencyWithoutHealthcheckRule: Rule {
    static let description = RuleDescription(
        identifier: "healthy-dependency-without-healthcheck",
        name: "Healthy dependency without a healthcheck",
        summary: "A service waits for `condition: service_healthy` on a service that has no healthcheck.",
        rationale: """
            `depends_on: {db: {condition: service_healthy}}` waits until `db` reports healthy. When `db` has \
            no healthcheck — none in the compose file, none in its image — or its healthcheck is disabled \
            (`disable: true`, `test: ["NONE"]`, `HEALTHCHECK NONE`), `docker compose up` stops with \
            "dependency failed to start: container db has no healthcheck configured" — at deploy time, not \
            before. Shipshape looks at the compose service, the Dockerfile that builds its image (the last \
            `HEALTHCHECK` along its `FROM` chain) and the base image: Docker Official Images, distroless and \
            scratch declare none (docker-library/faq#healthcheck, "Explicit health checks are not added to \
            official images"). It stays silent when the image is unknown. Fix: add a `healthcheck:` to the \
            dependency, or wait for `condition: service_started`.
            """,
        severity: .error,
        nonTriggering: HealthyDependencyWithoutHealthcheckExamples.nonTriggering,
        triggering: HealthyDependencyWithoutHealthcheckExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        // Services defined with a healthcheck anywhere: an override file (`-f base.yml -f prod.yml`)
        // may add the dependency while the base file holds the healthcheck.
        let checked = Set(
            context.model.composeFiles.flatMap { file in
                file.services.filter { $0.healthcheck?.test != nil }.map(\.name)
            })
        return context.model.composeFiles.flatMap { file -> [Finding] in
            // An `extends:` whose base was not found brings in keys Shipshape does not know; stay silent
            // rather than guess. Resolved ones already carry their base's healthcheck.
            if file.services.contains(where: { $0.extends.map { !$0.resolved } ?? false }) { return [] }
            return file.services.flatMap { service in
                service.dependsOn.compactMap { dependency -> Finding? in
                    guard dependency.condition == .serviceHealthy,
                        let target = file.service(named: dependency.name),
                        target.healthcheck?.disabled == true || !checked.contains(target.name)
                    else { return nil }
                    return check(dependency, of: service, on: target, in: file, context: context)
                }
            }
        }
    }

    func check(
        _ dependency: ComposeDependency, of service: ComposeService, on target: ComposeService, in file: ComposeFile,
        context: LintContext
    ) -> Finding? {
        let fix = Self.fix(for: target)
        let waits = "\"\(service.name)\" waits for \"\(target.name)\" to be healthy"
        if let healthcheck = target.healthcheck {
            if healthcheck.disabled {
                return finding(
                    "\(waits), but its healthcheck is disabled: `docker compose up` fails with "
                        + "\"container \(target.name) has no healthcheck configured\"",
                    at: dependency.location, related: [.init(healthcheck.location, "healthcheck disabled here")],
                    fix: fix)
            }
            if healthcheck.test != nil { return nil }
        }
        let image = context.targets.image(of: (file, target))
        guard let resolved = context.targets.images.resolve(image.source) else { return nil }
        var related = [Finding.Related(target.location, "service \"\(target.name)\" declares no healthcheck")]
        let reason: String
        switch resolved.healthcheck {
        case .declared, .unknown: return nil
        case .none(let evidence):
            reason = evidence
            if let stage = resolved.stageLocation {
                related.append(.init(stage, "the image is built here: \(resolved.summary), without HEALTHCHECK"))
            }
        }
        return finding(
            "\(waits), but \"\(target.name)\" has no healthcheck in compose nor in its image (\(reason)): "
                + "`docker compose up` fails with \"container \(target.name) has no healthcheck configured\"",
            at: dependency.location, related: related, fix: fix)
    }

    /// A healthcheck that suits the dependency's image, or the weaker condition.
    static func fix(for target: ComposeService) -> String {
        let image = (target.image?.value ?? "").lowercased()
        let name = image.split(separator: "/").last.map { String($0.prefix { $0 != ":" && $0 != "@" }) } ?? ""
        let test: String? =
            switch name {
            case "postgres", "postgis": "[\"CMD-SHELL\", \"pg_isready -U $${POSTGRES_USER:-postgres}\"]"
            case "redis", "valkey": "[\"CMD\", \"redis-cli\", \"ping\"]"
            case "mysql": "[\"CMD\", \"mysqladmin\", \"ping\", \"-h\", \"localhost\"]"
            case "mariadb": "[\"CMD\", \"healthcheck.sh\", \"--connect\", \"--innodb_initialized\"]"
            case "mongo": "[\"CMD\", \"mongosh\", \"--quiet\", \"--eval\", \"db.adminCommand('ping')\"]"
            case "rabbitmq": "[\"CMD\", \"rabbitmq-diagnostics\", \"-q\", \"ping\"]"
            default: nil
            }
        let add =
            test.map { "add `healthcheck: {test: \($0), interval: 5s, retries: 10}` to \"\(target.name)\"" }
            ?? "add a `healthcheck:` to \"\(target.name)\" (a command its image can run)"
        return add + ", or use `condition: service_started`"
    }
}
