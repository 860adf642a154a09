import DeployModel
import Foundation
import ShellSyntax
import ShipshapeCore

/// Resolves container names, compose services and image references to the images behind them.
struct TargetResolver: Sendable {
    let model: DeploymentModel
    let images: ImageIndex
    /// Names given with `docker run --name NAME IMAGE` anywhere, mapped to the image.
    let runNames: [String: String]
    /// Per script file: variables holding the container ID of a compose service (`CID=$(docker compose ps -q api)`).
    let lookups: [String: [String: ComposeServiceLookup]]

    /// - Parameter invocations: every container invocation of the model, found once by the caller.
    init(model: DeploymentModel, images: ImageIndex, invocations: [LocatedInvocation]) {
        self.model = model
        self.images = images
        var runNames: [String: String] = [:]
        for located in invocations {
            let invocation = located.invocation
            guard case .image(let image) = invocation.target, let imageName = image.literal,
                let name = Self.option("--name", in: invocation.hostCommand.words)
            else { continue }
            runNames[name] = imageName
        }
        self.runNames = runNames
        lookups = ComposeServiceLookup.bindings(in: model.shellUnits)
    }

    var hasComposeServices: Bool { model.composeFiles.contains { !$0.services.isEmpty } }

    /// Every container name compose would give a service: `container_name`, or `project-service-1`.
    func services(namedContainer name: String) -> [(ComposeFile, ComposeService)] {
        var found: [(ComposeFile, ComposeService)] = []
        for file in model.composeFiles {
            for service in file.services where service.containerName?.value == name {
                found.append((file, service))
            }
        }
        if !found.isEmpty { return found }
        for file in model.composeFiles {
            let project = Self.projectName(of: file)
            for service in file.services where service.containerName == nil {
                let stems = ["\(project)-\(service.name)", "\(project)_\(service.name)"]
                if stems.contains(where: { name == $0 || Self.isReplica(name, of: $0) }) {
                    found.append((file, service))
                }
            }
        }
        if !found.isEmpty { return found }
        // Without a top-level `name:`, compose names the project after the directory it runs in, which a
        // deploy script's server or CI runner chooses (`cd /srv/app && docker compose up` makes `app-api-1`):
        // `PROJECT-SERVICE-N` of a defined service is that service under any project name.
        for file in model.composeFiles where file.projectName?.isEmpty ?? true {
            for service in file.services where service.containerName == nil {
                if Self.isReplica(name, ofServiceUnderAnyProject: service.name) { found.append((file, service)) }
            }
        }
        return found
    }

    /// `PROJECT-SERVICE-N` or `PROJECT_SERVICE_N` for some project name compose could derive
    /// (lower-case letters, digits, `-` and `_`, starting with a letter or digit).
    static func isReplica(_ name: String, ofServiceUnderAnyProject service: String) -> Bool {
        for separator in ["-", "_"] {
            let marker = "\(separator)\(service)\(separator)"
            guard let range = name.range(of: marker, options: .backwards) else { continue }
            let project = name[..<range.lowerBound]
            let replica = name[range.upperBound...]
            guard let first = project.first, first.isLetter || first.isNumber, !replica.isEmpty,
                replica.allSatisfy(\.isNumber),
                project.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" })
            else { continue }
            return true
        }
        return false
    }

    /// `stem-1`, `stem_2`...
    static func isReplica(_ name: String, of stem: String) -> Bool {
        guard name.hasPrefix(stem), name.count > stem.count + 1 else { return false }
        let rest = name.dropFirst(stem.count)
        return (rest.first == "-" || rest.first == "_") && rest.dropFirst().allSatisfy(\.isNumber)
    }

    /// Compose's project name: the top-level `name:`, else the directory's name, lower-cased. A compose
    /// file at the top of `lint .` lies in the working directory, whose own name compose uses (without it,
    /// `--probe-images` looked for `-api` instead of `shop-api`).
    static func projectName(of file: ComposeFile) -> String {
        if let name = file.projectName, !name.isEmpty { return name.lowercased() }
        var directory = (file.path as NSString).deletingLastPathComponent
        if directory.isEmpty || directory == "." { directory = FileManager.default.currentDirectoryPath }
        let base = (directory as NSString).lastPathComponent
        return base.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// Services named `name` in the compose files a command names (`-f a.yml`), else in all of them.
    func services(named name: String, files: [String]) -> [(ComposeFile, ComposeService)] {
        let chosen = model.composeFiles.filter { file in
            files.isEmpty
                || files.contains {
                    file.path == $0 || file.path.hasSuffix("/" + Self.normalized($0))
                        || file.path == Self.normalized($0)
                }
        }
        let pool = chosen.isEmpty ? model.composeFiles : chosen
        return pool.flatMap { file in file.services.filter { $0.name == name }.map { (file, $0) } }
    }

    static func normalized(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The value of `--name X` / `--name=X` among a command's words.
    static func option(_ name: String, in words: [ShellWord]) -> String? {
        for (index, word) in words.enumerated() {
            if word.literal == name, index + 1 < words.count { return words[index + 1].literal }
            if let value = word.literal, value.hasPrefix(name + "=") { return String(value.dropFirst(name.count + 1)) }
        }
        return nil
    }
}
