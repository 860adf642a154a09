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
        if reference.tag == nil, reference.digest != nil {
            return .unknown(reason: "\(reference.raw) is pinned by digest only; its variant is unknown")
        }
        let variant = ImageVariant.detect(tag: reference.tag)
        let candidates = entries.filter { $0.matches(registry: reference.registry, repository: reference.repository) }
        guard !candidates.isEmpty else {
            return .unknown(reason: "no knowledge of image \(reference.name)")
        }
        guard let entry = candidates.first(where: { $0.variants.contains(variant) }) else {
            return .unknown(
                reason:
                    "no knowledge of the \(variant.rawValue) variant of \(reference.name) (tag \(reference.tag ?? "latest"))"
            )
        }
        return .known(entry)
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
