/// One sample of `GET /containers/{id}/stats?stream=false`: cumulative CPU time and memory use.
///
/// CPU usage is a rate, so one sample says nothing on its own: `cpuPercent(since:)` compares two.
public struct ContainerStats: Sendable, Codable, Equatable {
    public let cpuStats: CPUStats?
    public let memoryStats: MemoryStats?

    enum CodingKeys: String, CodingKey {
        case cpuStats = "cpu_stats"
        case memoryStats = "memory_stats"
    }

    /// Cumulative CPU time of the container and of the whole host, in nanoseconds.
    public struct CPUStats: Sendable, Codable, Equatable {
        public let cpuUsage: CPUUsage?
        public let systemCPUUsage: UInt64?
        public let onlineCPUs: Int?

        enum CodingKeys: String, CodingKey {
            case cpuUsage = "cpu_usage"
            case systemCPUUsage = "system_cpu_usage"
            case onlineCPUs = "online_cpus"
        }
    }

    /// The container's total CPU time.
    public struct CPUUsage: Sendable, Codable, Equatable {
        public let totalUsage: UInt64?

        enum CodingKeys: String, CodingKey {
            case totalUsage = "total_usage"
        }
    }

    /// Memory in bytes; `limit` is the host's memory when the container has no limit.
    public struct MemoryStats: Sendable, Codable, Equatable {
        public let usage: UInt64?
        public let limit: UInt64?
        /// cgroup counters (`inactive_file` on cgroup v2, `total_inactive_file` or `cache` on v1).
        public let stats: [String: UInt64]?
    }

    /// Memory in use without the page cache the kernel can drop, as `docker stats` shows it.
    public var memoryUsedBytes: UInt64? {
        guard let usage = memoryStats?.usage else { return nil }
        let counters = memoryStats?.stats ?? [:]
        let cache = counters["inactive_file"] ?? counters["total_inactive_file"] ?? 0
        return usage > cache ? usage - cache : usage
    }

    /// Average CPU use over `seconds` (the container's uptime), in percent of one CPU.
    public func averageCPUPercent(overSeconds seconds: Double) -> Double? {
        guard seconds > 0, let used = cpuStats?.cpuUsage?.totalUsage else { return nil }
        return Double(used) / (seconds * 1e9) * 100
    }

    /// CPU use between `earlier` and this sample, in percent of one CPU (200 = two CPUs busy).
    public func cpuPercent(since earlier: ContainerStats) -> Double? {
        guard let now = cpuStats, let before = earlier.cpuStats,
            let used = now.cpuUsage?.totalUsage, let usedBefore = before.cpuUsage?.totalUsage,
            let system = now.systemCPUUsage, let systemBefore = before.systemCPUUsage,
            system > systemBefore, used >= usedBefore
        else { return nil }
        let cpus = Double(max(1, now.onlineCPUs ?? 1))
        return Double(used - usedBefore) / Double(system - systemBefore) * cpus * 100
    }
}
