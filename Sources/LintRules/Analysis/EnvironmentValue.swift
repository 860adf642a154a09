import DeployModel
import ShipshapeCore

/// One environment variable's value from any file — `.env`, compose `environment:`, workflow
/// `env:`, Kubernetes container `env:` — with its text positioned in the file.
struct EnvironmentValue: Sendable {
    let name: String
    let text: EmbeddedText
    /// Where it is set, for messages: `.env.production`, `service "api" in compose.yml`.
    let origin: String
    /// Other places that explain it (the compose `env_file:` entries that load a `.env` file).
    let related: [Finding.Related]

    /// Every value in the model whose position is known.
    static func all(in model: DeploymentModel) -> [EnvironmentValue] {
        var values: [EnvironmentValue] = []
        for file in model.envFiles {
            let loadingFiles = model.composeFiles.filter { compose in
                compose.services.contains { $0.envFiles.contains { $0.value == file.path } }
            }
            let loaders = loadingFiles.flatMap { compose in
                compose.services.flatMap { service in
                    service.envFiles.filter { $0.value == file.path }.map {
                        Finding.Related($0.location, "loaded by service \"\(service.name)\" (env_file)")
                    }
                }
            }
            // Compose interpolates `env_file:` contents from the project's `.env` and the file's own
            // earlier lines before the container sees them.
            var environment = loadingFiles.first.map { projectEnvironment(of: $0, in: model) }
            for entry in file.entries {
                var text = entry.valueText
                if let current = environment {
                    text = ComposeInterpolation.interpolate(text, environment: current)
                    environment?[entry.key] = text.text
                }
                values.append(EnvironmentValue(name: entry.key, text: text, origin: file.path, related: loaders))
            }
        }
        for file in model.composeFiles {
            for service in file.services {
                for variable in service.environment {
                    guard let text = variable.valueText else { continue }
                    values.append(
                        EnvironmentValue(
                            name: variable.name, text: text, origin: "service \"\(service.name)\" in \(file.path)",
                            related: []))
                }
            }
        }
        for workflow in model.workflows {
            values += workflowValues(workflow.envText, origin: workflow.path)
            for job in workflow.jobs {
                values += workflowValues(job.envText, origin: "job \(job.id) in \(workflow.path)")
                for step in job.steps {
                    values += workflowValues(step.envText, origin: "step \(step.index + 1) of job \(job.id)")
                }
            }
        }
        for file in model.kubernetesFiles {
            for workload in file.workloads {
                for container in workload.containers + workload.initContainers {
                    let origin = "container \"\(container.name?.value ?? "?")\" of \(workload.label) in \(file.path)"
                    values += container.env.map {
                        EnvironmentValue(name: $0.name, text: $0.value, origin: origin, related: [])
                    }
                }
            }
        }
        return values
    }

    /// The variables of the `.env` beside a compose file, which compose interpolates from.
    static func projectEnvironment(of compose: ComposeFile, in model: DeploymentModel) -> [String: String] {
        let directory = compose.path.split(separator: "/").dropLast().joined(separator: "/")
        let path = directory.isEmpty ? ".env" : directory + "/.env"
        return model.envFiles.first { $0.path == path }?.values ?? [:]
    }

    static func workflowValues(_ env: [String: EmbeddedText], origin: String) -> [EnvironmentValue] {
        env.sorted { $0.key < $1.key }.map {
            EnvironmentValue(name: $0.key, text: $0.value, origin: origin, related: [])
        }
    }

    /// True when the scalars in `range` stand where the file has them — no interpolated text among them.
    func isWrittenLiterally(_ range: Range<Int>) -> Bool {
        guard range.upperBound <= text.scalars.count, range.count > 1 else { return true }
        for index in range.dropFirst() {
            let previous = text.positions[index - 1]
            let current = text.positions[index]
            if current.line == previous.line && current.column != previous.column + 1 { return false }
            if current.line < previous.line { return false }
        }
        return true
    }
}
