import DockerEngine
import Foundation
import Plan
import ShipshapeCore

/// Compares the running version with the expected one, signal by signal.
package enum VersionChecker {
    package static let revisionLabel = "org.opencontainers.image.revision"

    /// The revision label of a container's image (its own labels as fallback); an empty value, as
    /// `--label org.opencontainers.image.revision=$GIT_SHA` with the variable unset leaves, is none.
    package static func revision(image: ImageDetails?, details: ContainerDetails) -> String? {
        let label = image?.config?.labels?[revisionLabel] ?? details.config.labels?[revisionLabel]
        return label.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    /// Equal, or one is a prefix (≥ 7 characters) of the other — short and full SHAs match.
    package static func matches(_ expected: String, _ actual: String) -> Bool {
        let left = expected.lowercased().trimmingCharacters(in: .whitespaces)
        let right = actual.lowercased().trimmingCharacters(in: .whitespaces)
        if left == right { return true }
        let shorter = min(left.count, right.count)
        return shorter >= 7 && (left.hasPrefix(right) || right.hasPrefix(left))
    }

    /// One signal per JSON field of the last successful response.
    package static func jsonSignals(expected: String, fields: [String], response: HTTPSnapshot?) -> [VersionSignal] {
        let names = fields.isEmpty ? Expectation.defaultVersionFields : fields
        return names.map { field in
            let path = field.hasPrefix("$") ? field : "$.\(field)"
            let actual = response.flatMap { ResponseJSON.value(at: path, in: $0.body) }.map(ResponseJSON.text(of:))
            return VersionSignal(
                source: "json \(path)", expected: expected, actual: actual,
                matches: actual.map { matches(expected, $0) })
        }
    }

    /// The image's revision label (container labels as fallback).
    package static func labelSignal(expected: String, image: ImageDetails?, details: ContainerDetails) -> VersionSignal
    {
        let actual = revision(image: image, details: details)
        return VersionSignal(
            source: "image label \(revisionLabel)", expected: expected, actual: actual,
            matches: actual.map { matches(expected, $0) })
    }

    /// version-mismatch when a signal disagrees, or when no signal exists at all.
    package static func judge(_ signals: [VersionSignal]) -> Classification? {
        if let wrong = signals.first(where: { $0.matches == false }) {
            return Classification(
                .versionMismatch,
                "expected version \(wrong.expected), but \(wrong.source) is \(wrong.actual ?? "missing")",
                nextStep:
                    "the deploy did not replace the running version: check the image tag and that the container was recreated"
            )
        }
        if !signals.isEmpty, signals.allSatisfy({ $0.actual == nil }) {
            let sources = signals.map(\.source).joined(separator: ", ")
            return Classification(
                .versionMismatch, "no version signal found (looked at \(sources))",
                nextStep: "serve the commit in the health response or set the \(revisionLabel) label at build time")
        }
        return nil
    }

    /// stale-container when the tag now points at another image than the container runs.
    package static func imageCheck(tag: String, client: any DockerEngineAPI, details: ContainerDetails) async
        -> Classification?
    {
        let image: ImageDetails
        do {
            image = try await client.inspectImage(tag)
        } catch {
            return Classification(
                .staleContainer, "cannot inspect image \(tag): \(EngineErrors.classify(error).message)")
        }
        if image.id == details.image { return nil }
        return Classification(
            .staleContainer,
            "the container runs \(short(details.image)), but \(tag) is now \(short(image.id)) — it was not recreated",
            nextStep: "recreate it (docker compose up -d --force-recreate, or docker rm -f and run again)")
    }

    /// `sha256:0123456789ab…`.
    package static func short(_ id: String) -> String {
        let parts = id.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return String(id.prefix(12)) + "…" }
        return "\(parts[0]):\(parts[1].prefix(12))…"
    }
}
