import DockerEngine
import Foundation

/// CPU and memory of a running container from one stats sample, against its limits.
///
/// dockerd answers stats on its collector's one-second tick, so a second sample for a current CPU
/// rate would double the cost; CPU is the average since the container started.
enum ResourceSample {
    /// Above this share of a limit the check warns.
    static let pressure = 0.9

    static func check(_ container: DiagnosedContainer, client: any DockerEngineAPI) async -> DiagnosisCheck {
        let sample: ContainerStats
        do {
            sample = try await client.stats(of: container.details.id)
        } catch {
            return .skip(.containers, container.service, "resources", "no stats: \(error.localizedDescription)")
        }
        let uptime = DockerTime.parse(container.details.state.startedAt).map { Date().timeIntervalSince($0) }
        let cpu = uptime.flatMap { sample.averageCPUPercent(overSeconds: $0) }
        let memory = sample.memoryUsedBytes
        let memoryLimit = container.details.hostConfig?.memory.flatMap { $0 > 0 ? UInt64($0) : nil }
        let cpuLimit = container.details.hostConfig?.nanoCPUs.flatMap { $0 > 0 ? Double($0) / 1e7 : nil }
        var parts: [String] = []
        parts.append(
            "CPU " + (cpu.map { String(format: "%.1f%% (average since start)", $0) } ?? "unknown")
                + (cpuLimit.map { String(format: " of %.0f%%", $0) } ?? ""))
        parts.append(
            "memory " + (memory.map(bytes) ?? "unknown") + (memoryLimit.map { " of \(bytes($0))" } ?? " (no limit)"))
        let message = parts.joined(separator: ", ")
        var shares: [Double] = []
        if let memory, let memoryLimit { shares.append(Double(memory) / Double(memoryLimit)) }
        if let cpu, let cpuLimit { shares.append(cpu / cpuLimit) }
        if let share = shares.max(), share >= pressure {
            return DiagnosisCheck(
                section: .containers, subject: container.service, name: "resources", status: .warn,
                cause: .resourcePressure,
                message: message + String(format: " — at %.0f%% of a limit", share * 100),
                nextStep: "raise the limit or find what uses it",
                commands: ["docker stats --no-stream \(container.name)"])
        }
        return .pass(.containers, container.service, "resources", message)
    }

    /// `12.3 MiB`.
    static func bytes(_ value: UInt64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var amount = Double(value)
        var unit = 0
        while amount >= 1024, unit < units.count - 1 {
            amount /= 1024
            unit += 1
        }
        return unit == 0 ? "\(value) B" : String(format: "%.1f", amount) + " " + units[unit]
    }
}
