import ShipshapeCore

/// Groups instructions into stages and resolves `FROM` images against the global `ARG`s.
struct StageAssembler {
    let file: String
    let buildArgs: [String: String]
    private var instructions: [Instruction] = []
    private var stages: [Stage] = []
    private var globalArgs: [String: String] = [:]
    private var diagnostics: [DockerfileDiagnostic] = []
    private var current: (from: Instruction, name: String?, raw: String, image: String?, body: [Instruction])?

    init(file: String, buildArgs: [String: String]) {
        self.file = file
        self.buildArgs = buildArgs
    }

    mutating func add(_ instruction: Instruction) {
        instructions.append(instruction)
        if instruction.keyword == "FROM" {
            closeStage()
            openStage(instruction)
        } else if current != nil {
            current?.body.append(instruction)
        } else if instruction.keyword == "ARG" {
            declareGlobalArgs(instruction)
        } else {
            diagnostics.append(
                DockerfileDiagnostic(
                    message: "\(instruction.keyword) before the first FROM", location: instruction.keywordLocation))
        }
    }

    mutating func finish(extraDiagnostics: [DockerfileDiagnostic]) -> Dockerfile {
        closeStage()
        var all = extraDiagnostics + diagnostics
        if stages.isEmpty {
            all.append(
                DockerfileDiagnostic(message: "no FROM instruction", location: SourceLocation(file: file, line: 1)))
        }
        all.sort { $0.location < $1.location }
        return Dockerfile(path: file, instructions: instructions, stages: stages, diagnostics: all)
    }

    private mutating func openStage(_ from: Instruction) {
        let words = ArgumentWords.split(from.arguments)
        let raw = words.first?.value ?? ""
        var name: String?
        if words.count >= 3, words[1].value.lowercased() == "as" { name = words[2].value.lowercased() }
        if raw.isEmpty {
            diagnostics.append(DockerfileDiagnostic(message: "FROM without an image", location: from.location))
        } else if words.count == 2 || (words.count >= 3 && name == nil) || words.count > 3 {
            diagnostics.append(
                DockerfileDiagnostic(message: "FROM expects 'image [AS name]'", location: from.location))
        }
        let image = ArgSubstitution.substitute(raw, variables: globalArgs).flatMap { $0.isEmpty ? nil : $0 }
        current = (from, name, raw, image, [])
    }

    private mutating func closeStage() {
        guard let stage = current else { return }
        stages.append(
            Stage(
                index: stages.count, name: stage.name, baseImage: stage.image, baseImageRaw: stage.raw,
                fromLocation: stage.from.location, instructions: stage.body))
        current = nil
    }

    /// `ARG NAME[=default] ...` before the first FROM; build args override defaults of declared names only.
    private mutating func declareGlobalArgs(_ instruction: Instruction) {
        for word in ArgumentWords.split(instruction.arguments) {
            let parts = word.value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts.first ?? "")
            guard !name.isEmpty else { continue }
            if let given = buildArgs[name] {
                globalArgs[name] = given
            } else if parts.count > 1, let value = ArgSubstitution.substitute(String(parts[1]), variables: globalArgs) {
                globalArgs[name] = value
            } else {
                globalArgs[name] = nil
            }
        }
    }
}
