import ShipshapeCore

/// The catalog's answer for one image reference.
public enum BaseImageLookup: Sendable, Hashable {
    case known(BaseImageEntry)
    /// Not described by the catalog; `reason` says why, for messages.
    case unknown(reason: String)
}

extension BaseImageCatalog {
    /// The entry describing `reference`; unknown for other registries, digests without a tag, and unlisted variants.
    public static func lookup(_ reference: ImageReference, in entries: [BaseImageEntry] = entries) -> BaseImageLookup {
        let (registry, repository) = officialName(of: reference)
        let candidates = entries.filter { $0.matches(registry: registry, repository: repository) }
        guard !candidates.isEmpty else {
            return .unknown(reason: "no knowledge of image \(reference.name)")
        }
        if reference.tag == nil, reference.digest != nil {
            // A digest names one build of one variant: known only when a single entry covers them all.
            guard candidates.count == 1, let only = candidates.first, only.releases == nil else {
                return .unknown(reason: "\(reference.raw) is pinned by digest only; its variant is unknown")
            }
            return .known(only)
        }
        let variant = ImageVariant.detect(tag: reference.tag)
        let release = leadingRelease(of: reference.tag)
        guard
            let entry = candidates.first(where: {
                $0.variants.contains(variant) && $0.covers(major: release?.major, minor: release?.minor)
            })
        else {
            return .unknown(
                reason:
                    "no knowledge of the \(variant.rawValue) variant of \(reference.name) (tag \(reference.tag ?? "latest"))"
            )
        }
        return .known(entry)
    }

    /// Registries that serve Docker Hub's official images under another name.
    static let officialMirrors: [(registry: String, prefix: String)] = [
        ("public.ecr.aws", "docker/library/"), ("mirror.gcr.io", "library/"), ("mirror.gcr.io", ""),
        ("registry-1.docker.io", "library/"),
    ]

    /// The Docker Hub name of a mirrored official image (`public.ecr.aws/docker/library/debian` →
    /// `debian`; Canonical's `public.ecr.aws/ubuntu/ubuntu` → `ubuntu`); other references as written.
    static func officialName(of reference: ImageReference) -> (registry: String?, repository: String) {
        guard let registry = reference.registry else { return (nil, reference.repository) }
        if registry == "public.ecr.aws", reference.repository == "ubuntu/ubuntu" { return (nil, "ubuntu") }
        for mirror in officialMirrors where mirror.registry == registry && reference.repository.hasPrefix(mirror.prefix)
        {
            let name = String(reference.repository.dropFirst(mirror.prefix.count))
            if !name.isEmpty, !name.contains("/") { return (nil, name) }
        }
        return (registry, reference.repository)
    }

    /// The tag's leading number (`11.4-noble` → 11, `25-jre` → 25, `v2.53.0` → 2; MinIO's dated releases
    /// `RELEASE.2024-09-22T00-33-43Z` → 2024); nil for `latest`, `lts`, no tag.
    public static func leadingMajor(of tag: String?) -> Int? {
        guard var digits = tag?[...] else { return nil }
        if digits.lowercased().hasPrefix(releasePrefix) {
            digits = digits.dropFirst(releasePrefix.count)
        } else if digits.first == "v" || digits.first == "V" {
            digits = digits.dropFirst()
        }
        return Int(digits.prefix { $0.isASCII && $0.isNumber })
    }

    /// The tag's leading number and the number after its first dot (`3.6.1` → 3 and 6, `v2.53.0` → 2 and 53);
    /// the minor is nil for a tag naming only a major (`3`, `11-noble`) and for dated releases; nil where
    /// `leadingMajor` is.
    public static func leadingRelease(of tag: String?) -> (major: Int, minor: Int?)? {
        guard let tag, let major = leadingMajor(of: tag) else { return nil }
        guard !tag.lowercased().hasPrefix(releasePrefix) else { return (major, nil) }
        let digits = tag.drop { !($0.isASCII && $0.isNumber) }.drop { $0.isASCII && $0.isNumber }
        guard digits.first == "." else { return (major, nil) }
        return (major, Int(digits.dropFirst().prefix { $0.isASCII && $0.isNumber }))
    }

    /// The prefix of tags that name a release by its date (`RELEASE.2024-09-22T00-33-43Z`).
    static let releasePrefix = "release."

    /// What to say when a floating tag (`latest`, `lts`, none) was read as the current release line of
    /// a knowledge-base entry whose contents depend on the version; nil otherwise.
    public static func floatingNote(for reference: ImageReference, entry: BaseImageEntry) -> String? {
        guard reference.digest == nil, leadingMajor(of: reference.tag) == nil, let version = entry.versionText else {
            return nil
        }
        let tag = reference.tag.map { "the tag `\($0)` floats" } ?? "no tag (`latest`) floats"
        return "\(tag); read as \(entry.repositories.first ?? reference.repository) \(version)"
    }

    /// Looks up an image written as text (`python:3.11-slim`); nil or unparsable text is unknown.
    public static func lookup(image: String?) -> BaseImageLookup {
        guard let image else { return .unknown(reason: "the base image is not known (unresolved build argument)") }
        guard let reference = ImageReference(image) else {
            return .unknown(reason: "cannot parse image reference '\(image)'")
        }
        return lookup(reference)
    }
}
