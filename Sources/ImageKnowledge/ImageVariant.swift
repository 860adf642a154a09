/// The flavour of an official image, read from its tag (`3.11-slim-bookworm` → slim).
public enum ImageVariant: String, Sendable, Hashable, Codable {
    /// Version-only, `latest`, or a distribution codename (`bookworm`, `jammy`): the full image.
    case full
    case slim
    case alpine
    /// nginx's `alpine-slim`.
    case alpineSlim
    /// distroless `:debug` tags, which add a busybox shell.
    case debug
    /// `-ubuntu` tags of images whose other tags are built on another distribution (Grafana's).
    case ubuntu
    /// Tags this catalog does not describe (Windows — `windowsservercore`, `windows-2022` —, UBI, GPU builds
    /// such as `gpu-nvidia`, `-rocm`, `-cuda12`, and `-bitnami` builds such as TimescaleDB's, which projects
    /// build on other bases): their contents stay unknown.
    case other

    /// The variant a tag names; nil tag means `latest`.
    public static func detect(tag: String?) -> ImageVariant {
        guard let tag = tag?.lowercased(), !tag.isEmpty else { return .full }
        let tokens = tag.split { $0 == "-" || $0 == "_" }.map(String.init)
        if tokens.contains(where: {
            $0.hasPrefix("windows") || $0.hasPrefix("nanoserver") || $0.hasPrefix("ltsc")
                || $0.hasPrefix("ubi") || $0.hasPrefix("chiseled") || $0.hasPrefix("distroless")
                || $0.hasPrefix("azurelinux") || $0.hasPrefix("cbl") || $0.hasPrefix("mariner")
                || $0.hasPrefix("gpu") || $0.hasPrefix("cuda") || $0.hasPrefix("rocm") || $0 == "bitnami"
        }) {
            return .other
        }
        let alpine = tokens.contains { $0.hasPrefix("alpine") }
        let slim = tokens.contains { $0 == "slim" || $0.hasPrefix("slim") }
        if alpine { return slim ? .alpineSlim : .alpine }
        if tokens.contains("debug") { return .debug }
        if tokens.contains("ubuntu") { return .ubuntu }
        if slim { return .slim }
        return .full
    }
}
