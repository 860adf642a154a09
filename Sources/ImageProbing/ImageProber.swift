import DockerEngine
import Foundation
import ShipshapeCore

/// Looks into images through the Docker Engine, without running them: image inspect for the
/// configuration, then file stats (`HEAD /containers/{id}/archive`) in a created, never started
/// container for `/bin/sh` and each program along the image's `PATH`. Works for distroless and
/// scratch images, which have nothing to run.
public struct ImageProber: Sendable {
    let client: any DockerEngineAPI
    let cache: ImageObservationCache?
    /// Images looked into at the same time.
    let concurrency: Int

    public init(client: any DockerEngineAPI, cache: ImageObservationCache?, concurrency: Int = 4) {
        self.client = client
        self.cache = cache
        self.concurrency = max(1, concurrency)
    }

    /// Observes every request's image. Images absent from the host are skipped with a reason;
    /// an unreachable daemon throws `DockerEngineError`.
    public func observe(_ requests: [ImageProbeRequest]) async throws -> ImageProbeOutcome {
        var merged: [String: Set<String>] = [:]
        for request in requests { merged[request.reference, default: []].formUnion(request.programs) }
        let ordered = merged.keys.sorted().map { ImageProbeRequest(reference: $0, programs: merged[$0] ?? []) }

        var outcome = ImageProbeOutcome()
        try await withThrowingTaskGroup(of: (String, Result<(ObservedImage, Bool), SkipReason>).self) { group in
            var pending = ordered.makeIterator()
            func startNext() {
                guard let request = pending.next() else { return }
                group.addTask { (request.reference, try await observe(request)) }
            }
            for _ in 0..<concurrency { startNext() }
            while let (reference, result) = try await group.next() {
                switch result {
                case .success(let (image, cached)):
                    outcome.observed.append(image)
                    if cached { outcome.cacheHits += 1 }
                case .failure(let reason):
                    outcome.skipped[reference] = reason.message
                }
                startNext()
            }
        }
        outcome.observed.sort { $0.reference < $1.reference }
        return outcome
    }

    struct SkipReason: Error {
        let message: String
    }

    /// One image: from the cache when it already answers every program, else by stat.
    func observe(_ request: ImageProbeRequest) async throws -> Result<(ObservedImage, Bool), SkipReason> {
        let details: ImageDetails
        do {
            details = try await client.inspectImage(request.reference)
        } catch DockerEngineError.imageNotFound {
            return .failure(SkipReason(message: "not present on this Docker host (build or pull it first)"))
        } catch DockerEngineError.apiError(let status, let message) {
            // An odd reference (`UPPER:case`, `a/../b`, 1 MB long) is one image's problem, not the run's.
            return .failure(
                SkipReason(message: "Docker refused the reference (HTTP \(status): \(message.prefix(200)))"))
        }
        let known = cache?.load(id: details.id)
        if var cached = known, request.programs.isSubset(of: cached.checked) {
            cached.reference = request.reference
            return .success((cached, true))
        }
        let wanted = request.programs.subtracting(known?.checked ?? [])
        let directories = SearchPath.directories(environment: details.config?.env)
        let found: [String: ObservedProgram]
        let hasShell: Bool
        do {
            (found, hasShell) = try await client.withStatContainer(of: request.reference) { container in
                try await stat(wanted, along: directories, in: container)
            }
        } catch DockerEngineError.apiError(let status, let message) {
            return .failure(
                SkipReason(message: "Docker refused a probe container (HTTP \(status): \(message.prefix(200)))"))
        }
        var image =
            known
            ?? ObservedImage(
                reference: request.reference, id: details.id, path: directories, found: [:], checked: [],
                hasShell: hasShell, exposedPorts: Self.ports(details), hasHealthcheck: Self.hasHealthcheck(details),
                user: details.config?.user.flatMap { $0.isEmpty ? nil : $0 })
        image.reference = request.reference
        image.found.merge(found) { old, _ in old }
        image.checked.formUnion(wanted)
        image.hasShell = hasShell
        cache?.store(image)
        return .success((image, false))
    }

    /// Stats the `PATH` directories (dropping missing ones and links to a directory already listed),
    /// then every program in every remaining directory, concurrently; the first directory in `PATH`
    /// order that has the program wins, as in a shell.
    func stat(_ programs: Set<String>, along directories: [String], in container: String) async throws
        -> ([String: ObservedProgram], Bool)
    {
        let directoryStats = try await statAll(directories + ["/bin/sh"], in: container)
        let hasShell = directoryStats["/bin/sh"].map { $0 != nil } ?? false
        var real: [String] = []
        var resolved: Set<String> = []
        for directory in directories {
            guard let stat = directoryStats[directory] ?? nil else { continue }
            let target =
                stat.isSymlink && !stat.linkTarget.isEmpty
                ? SearchPath.resolve(link: stat.linkTarget, of: directory) : directory
            if resolved.insert(target).inserted { real.append(directory) }
        }
        let candidates = programs.sorted().flatMap { program in real.map { "\($0)/\(program)" } }
        let stats = try await statAll(candidates, in: container)
        var found: [String: ObservedProgram] = [:]
        for program in programs {
            for directory in real {
                let path = "\(directory)/\(program)"
                guard let stat = stats[path] ?? nil, !stat.isDirectory else { continue }
                found[program] = ObservedProgram(
                    path: path, linkTarget: stat.linkTarget.isEmpty ? nil : stat.linkTarget)
                break
            }
        }
        return (found, hasShell)
    }

    private func statAll(_ paths: [String], in container: String) async throws -> [String: PathStat?] {
        let client = self.client
        return try await withThrowingTaskGroup(of: (String, PathStat?).self) { group in
            for path in paths {
                group.addTask {
                    (path, try await client.statPath(path, inContainer: container, confirmContainer: false))
                }
            }
            var result: [String: PathStat?] = [:]
            for try await (path, stat) in group { result[path] = stat }
            return result
        }
    }

    static func ports(_ details: ImageDetails) -> [Int] {
        (details.config?.exposedPorts?.keys ?? [:].keys).compactMap { key in
            Int(key.split(separator: "/").first ?? "")
        }.sorted()
    }

    static func hasHealthcheck(_ details: ImageDetails) -> Bool {
        guard let test = details.config?.healthcheck?.test, let first = test.first else { return false }
        return first != "NONE"
    }
}
