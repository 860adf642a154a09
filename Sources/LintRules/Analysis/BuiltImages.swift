import DeployModel
import Foundation
import ShellSyntax
import ShipshapeCore

/// Which images the repository builds itself: compose services with `build` and `image`,
/// `docker/build-push-action` steps, and `docker build -t NAME [-f FILE] CONTEXT` commands.
/// A compose file on the server often names only `image: ghcr.io/org/api:${TAG}`; this links it
/// back to the Dockerfile that produced it.
enum BuiltImages {
    /// Image name without tag or digest, the key builds are found by.
    static func key(_ image: String) -> String? {
        ImageReference(image.replacingOccurrences(of: "${{", with: "").components(separatedBy: ":$")[0]).map(\.name)
    }

    static func index(model: DeploymentModel, dockerfiles: Set<String>) -> [String: ImageSource] {
        var built = BuildTable()
        for file in model.composeFiles {
            for service in file.services {
                guard let build = service.build, let image = service.image?.value, let key = key(image) else {
                    continue
                }
                built.record(key, .build(dockerfile: build.dockerfile, target: build.target, args: build.args))
            }
        }
        for workflow in model.workflows {
            for job in workflow.jobs {
                for step in job.steps where step.uses?.hasPrefix("docker/build-push-action") == true {
                    for leg in WorkflowExpressionScope.legs(of: job) {
                        let scope = WorkflowExpressionScope(
                            workflow: workflow, job: job, step: step, leg: leg,
                            repository: model.gitHubRepositories[repositoryRoot(ofWorkflow: workflow.path)])
                        for (key, source) in buildPushAction(scope, dockerfiles: dockerfiles) {
                            built.record(key, source)
                        }
                    }
                }
            }
        }
        // `docker build -t NAME` in scripts, Makefile recipes and package.json scripts.
        for unit in model.shellUnits {
            let variables = ScriptVariables(unit.script)
            for command in unit.script.commands {
                guard let build = DockerBuildCommand(command, variables: variables) else { continue }
                let directory = (unit.file as NSString).deletingLastPathComponent
                let root =
                    unit.file.contains("/.github/") || unit.file.hasPrefix(".github/")
                    ? repositoryRoot(ofWorkflow: unit.file) : directory
                let candidates = [
                    RepoPaths.join(root, build.dockerfile), RepoPaths.join(directory, build.dockerfile),
                    RepoPaths.normalize(build.dockerfile),
                ]
                guard let dockerfile = candidates.first(where: dockerfiles.contains) else { continue }
                for tag in expressionTags(build.tags, of: unit, model: model) {
                    guard let key = key(tag) else { continue }
                    built.record(key, .build(dockerfile: dockerfile, target: build.target, args: build.args))
                }
            }
        }
        return built.sources
    }

    /// The images one `docker/build-push-action` step builds in one matrix leg, with expressions in
    /// `context`, `file`, `tags`, `target` and `build-args` resolved; BuildKit's `file` default is
    /// `{context}/Dockerfile`.
    static func buildPushAction(_ scope: WorkflowExpressionScope, dockerfiles: Set<String>) -> [(String, ImageSource)] {
        let with = scope.step.with
        let root = repositoryRoot(ofWorkflow: scope.workflow.path)
        guard let context = scope.resolve(with["context"]?.value ?? ".")?.first else { return [] }
        let file: String
        if let written = with["file"]?.value {
            guard let resolved = scope.resolve(written)?.first else { return [] }
            file = resolved
        } else {
            file = RepoPaths.join(context, "Dockerfile")
        }
        let dockerfile = RepoPaths.join(root, file)
        guard dockerfiles.contains(dockerfile) else { return [] }
        let target = with["target"].flatMap { scope.resolve($0.value)?.first }
        var args: [String: String] = [:]
        for line in (with["build-args"]?.value ?? "").split(whereSeparator: \.isNewline) {
            let pair = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty, let value = scope.resolve(pair[1])?.first else { continue }
            args[pair[0]] = value
        }
        let source = ImageSource.build(dockerfile: dockerfile, target: target, args: args)
        var results: [(String, ImageSource)] = []
        for raw in tags(with["tags"]?.value ?? "") {
            for resolved in scope.resolve(nameOnly(raw)) ?? [] {
                for tag in tags(resolved) {
                    if let key = key(tag) { results.append((key, source)) }
                }
            }
        }
        return results
    }

    /// The image name of a tag written with expressions: `ghcr.io/acme/api:${{ github.sha }}` →
    /// `ghcr.io/acme/api` (an unknown expression in the tag must not lose the name).
    static func nameOnly(_ tag: String) -> String {
        let afterSlash = tag.range(of: "/", options: .backwards)?.upperBound ?? tag.startIndex
        guard let colon = tag[afterSlash...].firstIndex(of: ":") else { return tag }
        return String(tag[..<colon])
    }

    /// Tags listed by comma or newline, `${{ ... }}` expressions kept.
    static func tags(_ text: String) -> [String] {
        text.split { $0 == "," || $0 == "\n" }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The repository root of a workflow at `ROOT/.github/workflows/x.yml`.
    /// A workflow step's `run:` tags with their `${{ … }}` expressions resolved as GitHub does before the shell
    /// runs (one tag per matrix leg: `env.X`, `matrix.X`, `github.repository`…); a tag whose expression stays
    /// unknown is left out. Tags of other scripts, and tags without expressions, as they are.
    static func expressionTags(_ tags: [String], of unit: ShellUnit, model: DeploymentModel) -> [String] {
        guard tags.contains(where: { $0.contains("${{") }) else { return tags }
        guard case .workflowStep(let jobID, let index) = unit.origin,
            let workflow = model.workflows.first(where: { $0.path == unit.file }), let job = workflow.job(jobID),
            let step = job.steps[safe: index]
        else { return tags.filter { !$0.contains("${{") } }
        let repository = model.gitHubRepositories[repositoryRoot(ofWorkflow: workflow.path)]
        var resolved: [String] = []
        for tag in tags {
            guard tag.contains("${{") else {
                resolved.append(tag)
                continue
            }
            for leg in WorkflowExpressionScope.legs(of: job) {
                let scope = WorkflowExpressionScope(
                    workflow: workflow, job: job, step: step, leg: leg, repository: repository)
                // `NAME:${{ github.sha }}`: an unknown tag part only loses the tag, as in `tags:` of build-push-action.
                let values = scope.resolve(tag) ?? Self.name(ofTag: tag).flatMap { scope.resolve($0) } ?? []
                for value in values where !resolved.contains(value) { resolved.append(value) }
            }
        }
        return resolved
    }

    /// `ghcr.io/acme/api` of `ghcr.io/acme/api:TAG` (the last `:` with no `/` after it), else nil.
    static func name(ofTag tag: String) -> String? {
        guard let colon = tag.lastIndex(of: ":"), !tag[colon...].contains("/") else { return nil }
        let name = String(tag[..<colon])
        return name.isEmpty ? nil : name
    }

    static func repositoryRoot(ofWorkflow path: String) -> String {
        guard let range = path.range(of: ".github/workflows/") else { return "" }
        var root = String(path[..<range.lowerBound])
        if root.hasSuffix("/") { root.removeLast() }
        return root
    }
}

/// Repository-relative path arithmetic (no file system access).
enum RepoPaths {
    static func join(_ base: String, _ path: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        return normalize(base.isEmpty ? path : base + "/" + path)
    }

    /// Removes `.` and resolves `..` components.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
