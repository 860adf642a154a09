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
        var built: [String: ImageSource] = [:]
        for file in model.composeFiles {
            for service in file.services {
                guard let build = service.build, let image = service.image?.value, let key = key(image) else {
                    continue
                }
                built[key] = .build(dockerfile: build.dockerfile, target: build.target, args: build.args)
            }
        }
        for workflow in model.workflows {
            let root = repositoryRoot(ofWorkflow: workflow.path)
            for job in workflow.jobs {
                for step in job.steps where step.uses?.hasPrefix("docker/build-push-action") == true {
                    let context = step.with["context"]?.value ?? "."
                    let file = step.with["file"]?.value ?? RepoPaths.join(context, "Dockerfile")
                    let dockerfile = RepoPaths.join(root, file)
                    guard dockerfiles.contains(dockerfile) else { continue }
                    for tag in tags(step.with["tags"]?.value ?? "") {
                        if let key = key(tag) {
                            built[key] = .build(dockerfile: dockerfile, target: step.with["target"]?.value, args: [:])
                        }
                    }
                }
            }
        }
        for unit in model.shellUnits {
            for command in unit.script.commands {
                guard let (tag, file) = dockerBuild(command), let key = key(tag) else { continue }
                let directory = (unit.file as NSString).deletingLastPathComponent
                let root =
                    unit.file.contains("/.github/") || unit.file.hasPrefix(".github/")
                    ? repositoryRoot(ofWorkflow: unit.file) : directory
                let candidates = [
                    RepoPaths.join(root, file), RepoPaths.join(directory, file), RepoPaths.normalize(file),
                ]
                if let dockerfile = candidates.first(where: dockerfiles.contains) {
                    built[key] = .build(dockerfile: dockerfile, target: nil, args: [:])
                }
            }
        }
        return built
    }

    /// Tags listed by comma or newline, `${{ ... }}` expressions kept.
    static func tags(_ text: String) -> [String] {
        text.split { $0 == "," || $0 == "\n" }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The repository root of a workflow at `ROOT/.github/workflows/x.yml`.
    static func repositoryRoot(ofWorkflow path: String) -> String {
        guard let range = path.range(of: ".github/workflows/") else { return "" }
        var root = String(path[..<range.lowerBound])
        if root.hasSuffix("/") { root.removeLast() }
        return root
    }

    /// `docker build -t NAME [-f FILE] CONTEXT` → (NAME, Dockerfile path relative to the command's directory).
    static func dockerBuild(_ command: SimpleCommand) -> (String, String)? {
        let words = command.words.map(\.value)
        guard words.first == "docker", words.count > 2 else { return nil }
        var index = 1
        if words[index] == "buildx" { index += 1 }
        guard index < words.count, words[index] == "build" || words[index] == "image" else { return nil }
        var tag: String?
        var file: String?
        var context: String?
        var position = index + 1
        while position < words.count {
            let word = words[position]
            let next = position + 1 < words.count ? words[position + 1] : nil
            switch word {
            case "-t", "--tag": tag = tag ?? next; position += 2
            case "-f", "--file": file = next; position += 2
            case "--target", "--build-arg", "--platform", "--label", "--secret", "--ssh", "--cache-from", "--cache-to",
                "-o", "--output", "--network", "--progress":
                position += 2
            default:
                if word.hasPrefix("--tag=") { tag = tag ?? String(word.dropFirst(6)) }
                if word.hasPrefix("--file=") { file = String(word.dropFirst(7)) }
                if !word.hasPrefix("-") { context = word }
                position += 1
            }
        }
        guard let tag else { return nil }
        return (tag, file ?? RepoPaths.join(context ?? ".", "Dockerfile"))
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
