import DockerEngine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Preflight: room on the Docker host's data root for the new images and containers. The free space is read
/// with statfs, so only a daemon on this machine (a unix socket) is checked; a remote one is skipped and said
/// to be. Needed: the images still to be pulled or built, estimated by the size of the image each service
/// runs now, plus `minimumFreeBytes` left over for containers and logs.
public struct DiskSpace: Sendable {
    let client: any DockerEngineAPI
    let project: String
    let minimumFreeBytes: Int64
    let host: DockerHost

    /// nil when there is room; a note when the check could not be made; throws `DeployError.preflight`.
    func check(_ services: [ComposeServiceConfig]) async throws -> String? {
        guard case .unix(let socket) = host, FileManager.default.fileExists(atPath: socket) else {
            return "disk space not checked: the Docker host is not on this machine"
        }
        let info = try await client.info()
        guard let root = info.dockerRootDir, let free = Self.freeBytes(at: root) else {
            return "disk space not checked: the daemon's data root is not readable here"
        }
        var needed = minimumFreeBytes
        for service in services where try await size(of: service.imageReference(project: project)) == nil {
            needed += try await currentImageSize(of: service.name) ?? 0
        }
        guard free < needed else { return nil }
        throw DeployError.preflight(
            "not enough free disk space on the Docker host: \(Self.format(free)) free in \(root), the new images "
                + "and containers need about \(Self.format(needed)) (--min-free-disk \(Self.format(minimumFreeBytes)) "
                + "included); free some space (docker image prune) and deploy again")
    }

    func size(of reference: String) async throws -> Int64? {
        do {
            return try await client.inspectImage(reference).size ?? 0
        } catch DockerEngineError.imageNotFound {
            return nil
        }
    }

    /// The image size of the service's running container: the estimate for its next image.
    func currentImageSize(of service: String) async throws -> Int64? {
        let running = try await client.listContainers(
            ContainerFilter(composeProject: project, composeService: service, statuses: ["running"]))
        guard let image = running.first?.imageID else { return nil }
        return try await size(of: image)
    }

    static func freeBytes(at path: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int64(stats.f_bavail) * Int64(stats.f_frsize)
    }

    static func format(_ bytes: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }

    /// `512M`, `2G`, `1.5T`, `1048576` (bytes); binary units. nil when not a size.
    public static func bytes(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let multipliers: [(String, Double)] = [
            ("PIB", 0x1p50), ("TIB", 0x1p40), ("GIB", 0x1p30), ("MIB", 0x1p20), ("KIB", 0x1p10),
            ("P", 0x1p50), ("T", 0x1p40), ("G", 0x1p30), ("M", 0x1p20), ("K", 0x1p10), ("B", 1),
        ]
        for (suffix, multiplier) in multipliers where trimmed.hasSuffix(suffix) {
            guard let number = Double(trimmed.dropLast(suffix.count)), number >= 0, number * multiplier < 9e18
            else { return nil }
            return Int64(number * multiplier)
        }
        guard let number = Int64(trimmed), number >= 0 else { return nil }
        return number
    }
}
