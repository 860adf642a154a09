import ShipshapeCore

/// `docker exec NAME` / `compose exec SVC` naming nothing the repository's compose files define.
struct UnknownContainerRule: Rule {
    static let description = RuleDescription(
        identifier: "unknown-container",
        name: "Unknown container or service",
        summary: "A `docker exec` or `compose exec` names a container or service that no compose file defines.",
        rationale: """
            A container name that matches nothing (a renamed service, a typo, `backend` for a container \
            called `onquota-backend`) makes every exec fail with "No such container" — and inside a health \
            loop with silenced output that looks exactly like an unhealthy service. Shipshape knows every \
            `container_name` and every name compose derives (`project-service-1`; any project name when the \
            compose file has no `name:`, since compose then names it after the directory it runs in, which \
            a server or runner chooses). The rule is skipped when \
            the repository has no compose file, and names built from variables are never guessed.
            """,
        severity: .error,
        nonTriggering: UnknownContainerExamples.nonTriggering,
        triggering: UnknownContainerExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        let targets = context.targets
        guard targets.hasComposeServices else { return [] }
        return context.invocations.compactMap { located -> Finding? in
            switch located.invocation.target {
            case .container(let word):
                guard let name = word.literal, targets.services(namedContainer: name).isEmpty,
                    targets.runNames[name] == nil
                else { return nil }
                let known = knownContainerNames(context)
                var message = "no container named \"\(name)\" is defined in the compose files"
                if let guess = Suggestion.closest(to: name, among: known) { message += "; did you mean \"\(guess)\"?" }
                return finding(
                    message, at: word.location,
                    fix: known.isEmpty ? nil : "use one of: \(known.prefix(8).joined(separator: ", "))")
            case .composeService(let word, let files, _):
                guard let name = word.literal else { return nil }
                let fileNames = files.compactMap(\.literal)
                guard targets.services(named: name, files: fileNames).isEmpty else { return nil }
                let known = Array(Set(context.model.composeFiles.flatMap { $0.services.map(\.name) })).sorted()
                var message =
                    "no service \"\(name)\" in \(fileNames.isEmpty ? "the compose files" : fileNames.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: name, among: known) { message += "; did you mean \"\(guess)\"?" }
                return finding(
                    message, at: word.location, fix: known.isEmpty ? nil : "services: \(known.joined(separator: ", "))")
            case .image:
                return nil
            }
        }
    }

    func knownContainerNames(_ context: LintContext) -> [String] {
        var names = Set<String>()
        for file in context.model.composeFiles {
            let project = TargetResolver.projectName(of: file)
            for service in file.services {
                names.insert(service.containerName?.value ?? "\(project)-\(service.name)-1")
            }
        }
        return names.sorted()
    }
}

/// "Did you mean": the closest name by edit distance, when it is close enough to be a typo.
enum Suggestion {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, DidYouMean.distance(name, $0)) }.min { $0.1 < $1.1 }
        guard let (best, score) = scored, score <= max(2, name.count / 2) || best.contains(name) || name.contains(best)
        else {
            return nil
        }
        return best
    }
}
