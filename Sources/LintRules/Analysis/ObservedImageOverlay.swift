import ShipshapeCore

/// Lays what an image was seen to contain over what the knowledge base expected: the image wins
/// for every program that was looked for; the rest still comes from the knowledge base. Ports stay
/// as the repository declares them (an image's `EXPOSE` is not proof of what the app listens on).
enum ObservedImageOverlay {
    static func apply(_ image: ObservedImage, over known: ResolvedImage?) -> ResolvedImage {
        let fallback = known?.availability
        return ResolvedImage(
            summary: "\(known?.summary ?? image.reference), probed as \(image.reference) (\(image.shortID))",
            stageLocation: known?.stageLocation, packageManager: known?.packageManager, ports: known?.ports ?? [],
            availability: { program in
                switch image.contains(program) {
                case true?:
                    let name = program.split(separator: "/").last.map(String.init) ?? program
                    let path = image.found[name]?.path ?? program
                    return .present(
                        evidence: "\(path) exists in image \(image.reference) (\(image.shortID))", location: nil)
                case false?:
                    return .absent
                case nil:
                    return fallback?(program) ?? .unknown(reason: "\(program) was not looked for in \(image.reference)")
                }
            })
    }
}
