import ShellSyntax

/// `docker build` / `docker buildx build` / `docker image build` with its tags, Dockerfile, target and
/// build arguments, words resolved through the script's literal variables.
struct DockerBuildCommand {
    /// Every `-t`/`--tag` (a build may tag one image under several names).
    let tags: [String]
    /// The Dockerfile, relative to the command's directory: `-f`, else `CONTEXT/Dockerfile`.
    let dockerfile: String
    let target: String?
    let args: [String: String]

    /// Options of `docker build` that take a value (so the value is not read as the context).
    static let valued: Set<String> = [
        "--target", "--build-arg", "--platform", "--label", "--secret", "--ssh", "--cache-from", "--cache-to", "-o",
        "--output", "--network", "--progress", "--build-context", "--iidfile", "--metadata-file", "--add-host",
        "--builder", "--attest", "--provenance", "--sbom", "--shm-size", "--ulimit", "-m", "--memory",
    ]

    /// Nil unless `command` is a `docker … build` with at least one tag.
    init?(_ command: SimpleCommand, variables: ScriptVariables) {
        let words = command.words.map { variables.resolve($0) ?? $0.value }
        guard words.first == "docker", words.count > 2 else { return nil }
        var index = 1
        if words[index] == "buildx" || words[index] == "image" { index += 1 }
        guard index < words.count, words[index] == "build" else { return nil }
        var tags: [String] = []
        var file: String?
        var context: String?
        var target: String?
        var args: [String: String] = [:]
        var position = index + 1
        while position < words.count {
            let word = words[position]
            let next = position + 1 < words.count ? words[position + 1] : nil
            var value: String?
            var option = word
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                option = String(word[..<equals])
                value = String(word[word.index(after: equals)...])
                position += 1
            } else if ["-t", "--tag", "-f", "--file"].contains(word) || Self.valued.contains(word) {
                value = next
                position += 2
            } else {
                if !word.hasPrefix("-") { context = word }
                position += 1
                continue
            }
            guard let value else { continue }
            switch option {
            case "-t", "--tag": tags.append(value)
            case "-f", "--file": file = value
            case "--target": target = value
            case "--build-arg":
                let pair = value.split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2 { args[pair[0]] = pair[1] }
            default: continue
            }
        }
        guard !tags.isEmpty else { return nil }
        self.tags = tags
        dockerfile = file ?? RepoPaths.join(context ?? ".", "Dockerfile")
        self.target = target
        self.args = args
    }
}
