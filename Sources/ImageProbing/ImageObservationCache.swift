import Foundation
import ShipshapeCore

/// Observations on disk, one JSON file per image ID. An image ID names immutable content, so an
/// entry never goes stale; a later run that needs more programs adds to it.
///
/// Best effort: an unreadable or corrupt entry is treated as missing and overwritten.
public struct ImageObservationCache: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// `$SHIPSHAPE_CACHE_DIR`, else `$XDG_CACHE_HOME/shipshape`, else `~/.cache/shipshape`; `images/` below it.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> ImageObservationCache
    {
        let base: URL
        if let explicit = environment["SHIPSHAPE_CACHE_DIR"], !explicit.isEmpty {
            base = URL(fileURLWithPath: explicit)
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg).appendingPathComponent("shipshape")
        } else {
            base = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/shipshape")
        }
        return ImageObservationCache(directory: base.appendingPathComponent("images"))
    }

    func file(for id: String) -> URL? {
        let hex = id.hasPrefix("sha256:") ? String(id.dropFirst(7)) : id
        guard !hex.isEmpty, hex.allSatisfy(\.isHexDigit) else { return nil }
        return directory.appendingPathComponent(hex + ".json")
    }

    func load(id: String) -> ObservedImage? {
        guard let file = file(for: id), let data = try? Data(contentsOf: file),
            let image = try? JSONDecoder().decode(ObservedImage.self, from: data), image.id == id
        else { return nil }
        return image
    }

    func store(_ image: ObservedImage) {
        guard let file = file(for: image.id) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(image) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }
}
