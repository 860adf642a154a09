import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The containers `lint --probe-images` creates (never started) to stat files in an image: labelled
/// with their creator, removed on every exit path, and swept by the next run when a run was killed.
public enum StatProbeContainers {
    public static let purposeLabel = "dev.shipshape.purpose"
    public static let purpose = "stat-probe"
    /// `host:pid` of the creating process.
    public static let ownerLabel = "dev.shipshape.owner"
    /// Unix seconds at creation.
    public static let createdLabel = "dev.shipshape.created"
    /// Containers of another host (or an unknown creator) are swept once this old.
    public static let orphanAge: TimeInterval = 3600

    /// This process, as written in ``ownerLabel``.
    public static var owner: String { "\(ProcessInfo.processInfo.hostName):\(getpid())" }

    static var labels: [String: String] {
        OutsideCompose.labels.merging([
            purposeLabel: purpose, ownerLabel: owner,
            createdLabel: String(Int(Date().timeIntervalSince1970)),
        ]) { _, own in own }
    }

    /// True when a container with these labels was left by a run that is gone: its process no
    /// longer exists on this host, or it is older than ``orphanAge``.
    public static func isLeftOver(_ labels: [String: String], now: Date = Date(), host: String? = nil) -> Bool {
        guard labels[purposeLabel] == purpose else { return false }
        let thisHost = host ?? ProcessInfo.processInfo.hostName
        if let owner = labels[ownerLabel], let colon = owner.lastIndex(of: ":"),
            String(owner[..<colon]) == thisHost, let pid = Int32(owner[owner.index(after: colon)...])
        {
            if pid == getpid() { return false }
            if kill(pid, 0) != 0, errno == ESRCH { return true }
        }
        guard let created = labels[createdLabel].flatMap(TimeInterval.init) else { return true }
        return now.timeIntervalSince1970 - created > orphanAge
    }
}

extension DockerEngineAPI {
    /// Removes stat-probe containers left by runs that are gone; returns how many.
    @discardableResult
    public func sweepLeftOverStatContainers() async throws -> Int {
        let all = try await listContainers(
            ContainerFilter(all: true, labels: ["\(StatProbeContainers.purposeLabel)=\(StatProbeContainers.purpose)"]))
        var removed = 0
        for container in all where StatProbeContainers.isLeftOver(container.labels ?? [:]) {
            if (try? await removeContainer(container.id)) != nil { removed += 1 }
        }
        return removed
    }

    /// Removes this process's stat-probe containers (on SIGTERM or SIGINT). Probing goes on while
    /// this runs, so it looks again until two rounds in a row find none (at most five rounds).
    public func removeOwnStatContainers() async throws {
        var emptyRounds = 0
        for _ in 0..<5 where emptyRounds < 2 {
            let own = try await listContainers(
                ContainerFilter(all: true, labels: ["\(StatProbeContainers.ownerLabel)=\(StatProbeContainers.owner)"]))
            emptyRounds = own.isEmpty ? emptyRounds + 1 : 0
            for container in own { try? await removeContainer(container.id) }
            try? await Task.sleep(for: .milliseconds(150))
        }
    }
}
