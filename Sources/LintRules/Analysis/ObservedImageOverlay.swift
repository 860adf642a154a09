import ShipshapeCore

/// Lays what an image was seen to contain over what the knowledge base expected: the image wins
/// for every program that was looked for; the rest still comes from the knowledge base. Ports stay
/// as the repository declares them (an image's `EXPOSE` is not proof of what the app listens on).
enum ObservedImageOverlay {
    static func apply(_ image: ObservedImage, over known: ResolvedImage?) -> ResolvedImage {
        let fallback = known?.availability
        var busybox: @Sendable (String) -> Bool = { _ in false }
        if let known { busybox = known.isBusyboxApplet }
        let healthcheck: ImageHealthcheck =
            image.hasHealthcheck
            ? .declared(nil) : .none(evidence: "image \(image.reference) (\(image.shortID)) declares no HEALTHCHECK")
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
                    // `/bin/sh` is always looked for: an image without it has no `sh` for CMD-SHELL or `sh -c`.
                    if !image.hasShell, program == "sh" || program == "/bin/sh" { return .absent }
                    return fallback?(program) ?? .unknown(reason: "\(program) was not looked for in \(image.reference)")
                }
            },
            hasShell: image.hasShell, isBusyboxApplet: busybox, healthcheck: healthcheck,
            healthCommand: known?.healthCommand, ipv4Bindings: known?.ipv4Bindings ?? [],
            isAlpine: known?.isAlpine ?? false, binSh: image.hasShell ? known?.binSh : nil,
            shellFormShell: image.hasShell ? known?.shellFormShell : nil)
    }
}
