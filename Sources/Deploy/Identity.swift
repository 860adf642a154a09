import Foundation

/// Who deploys, from where, and which revision: recorded in history, in labels and on the lock.
public enum Identity {
    /// `GITHUB_ACTOR`, else `git config user.name`, else the login name.
    public static func user(environment: [String: String], directory: String?) async -> String {
        if let actor = environment["GITHUB_ACTOR"], !actor.isEmpty { return actor }
        if let result = try? await CommandRunner.run("git", ["config", "user.name"], directory: directory),
            result.status == 0
        {
            let name = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if !name.isEmpty { return name }
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }

    public static var host: String { ProcessInfo.processInfo.hostName }

    /// `git rev-parse HEAD`, with `-dirty` when tracked files changed; "unknown" outside a repository.
    public static func revision(directory: String?) async -> String {
        guard let head = try? await CommandRunner.run("git", ["rev-parse", "HEAD"], directory: directory),
            head.status == 0
        else { return "unknown" }
        let sha = head.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let status = try? await CommandRunner.run(
            "git", ["status", "--porcelain", "--untracked-files=no"], directory: directory)
        let dirty = status.map { $0.status == 0 && !$0.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return dirty == true ? sha + "-dirty" : sha
    }

    /// A deploy id that sorts by time: `20261206T220938-4f2a`.
    public static func deployID(now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let stamp =
            "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))T\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
        let suffix = String(UInt16.random(in: 0...UInt16.max), radix: 16)
        return stamp + "-" + String(repeating: "0", count: 4 - suffix.count) + suffix
    }
}
