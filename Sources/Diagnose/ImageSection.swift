import DockerEngine
import Foundation
import Plan
import Probes
import ShipshapeCore

/// Section 2: which image each container runs, whether its tag moved on, its age and revision.
struct ImageSection: DiagnosisSectionRunner {
    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let client = context.client
        let commandLine = context.request.expectVersion
        return await context.eachContainer(.images, name: "image") { container in
            let expected = ExpectedVersion(container, commandLine: commandLine)?.version
            return await Self.checks(container, client: client, expected: expected)
        }
    }

    static func checks(_ container: DiagnosedContainer, client: any DockerEngineAPI, expected: String?) async
        -> [DiagnosisCheck]
    {
        let tag = container.details.config.image
        let running = try? await client.inspectImage(container.details.image)
        var checks = [await current(container, tag: tag, client: client)]
        let revision = VersionChecker.revision(image: running, details: container.details)
        let age = running?.created.flatMap(DockerTime.parse).map { DockerTime.age(Date().timeIntervalSince($0)) }
        var evidence: [CheckResult.Evidence] = [
            .init("image", "\(tag) (\(VersionChecker.short(container.details.image)))")
        ]
        if let age { evidence.append(.init("built", "\(age) ago")) }
        guard let expected else {
            let message =
                "revision " + (revision ?? "unknown (no \(VersionChecker.revisionLabel) label)")
                + (age.map { ", built \($0) ago" } ?? "")
            checks.append(.pass(.images, container.service, "revision", message, evidence: evidence))
            return checks
        }
        guard let revision else {
            // The health response may report the version (section 4 reads it); the label is not the only witness.
            if !InternalEndpoints.specs(for: container).isEmpty, container.isRunning {
                checks.append(
                    .skip(
                        .images, container.service, "revision",
                        "no \(VersionChecker.revisionLabel) label: the version is read from the health response (section 4)"
                    ))
                return checks
            }
            checks.append(
                DiagnosisCheck(
                    section: .images, subject: container.service, name: "revision", status: .warn,
                    cause: .versionMismatch,
                    message:
                        "cannot tell whether \(expected) runs: the image has no \(VersionChecker.revisionLabel) label",
                    evidence: evidence,
                    nextStep:
                        "build with --label \(VersionChecker.revisionLabel)=$GIT_SHA (docker/metadata-action sets it)"))
            return checks
        }
        if VersionChecker.matches(expected, revision) {
            checks.append(
                .pass(.images, container.service, "revision", "runs \(revision), as expected", evidence: evidence))
        } else {
            checks.append(
                DiagnosisCheck(
                    section: .images, subject: container.service, name: "revision", status: .fail,
                    cause: .versionMismatch,
                    message: "runs revision \(revision), expected \(expected)",
                    evidence: evidence
                        + [
                            .init(
                                "note",
                                "labels pass through FROM: when this image's build does not set \(VersionChecker.revisionLabel), the revision is its base image's"
                            )
                        ],
                    nextStep: "the deploy did not replace this container: pull the new tag and recreate it",
                    commands: [
                        ComposeCommandLine.base(container.details.config.labels) + " pull",
                        ComposeCommandLine.recreate(container.details.config.labels, service: container.service),
                    ]))
        }
        return checks
    }

    /// The container runs the image its tag points at now, or a stale one.
    static func current(_ container: DiagnosedContainer, tag: String, client: any DockerEngineAPI) async
        -> DiagnosisCheck
    {
        let runningID = container.details.image
        if tag.hasPrefix("sha256:") || tag.contains("@sha256:") {
            return .skip(.images, container.service, "current", "pinned by digest (\(tag))")
        }
        let found: ImageDetails?
        do {
            found = try await client.inspectImage(tag)
        } catch DockerEngineError.imageNotFound {
            found = nil
        } catch {
            return .skip(.images, container.service, "current", "Docker did not answer: \(error.localizedDescription)")
        }
        guard let tagged = found else {
            return DiagnosisCheck(
                section: .images, subject: container.service, name: "current", status: .warn, cause: .staleContainer,
                message:
                    "the tag \(tag) no longer exists on this host; the container runs \(VersionChecker.short(runningID))",
                commands: ["docker images"])
        }
        if tagged.id == runningID {
            return .pass(
                .images, container.service, "current",
                "runs the current image of \(tag) (\(VersionChecker.short(runningID)))")
        }
        let newer = tagged.config?.labels?[VersionChecker.revisionLabel].map { " (revision \($0))" } ?? ""
        return DiagnosisCheck(
            section: .images, subject: container.service, name: "current", status: .fail, cause: .staleContainer,
            message:
                "runs \(VersionChecker.short(runningID)), but \(tag) is now \(VersionChecker.short(tagged.id))\(newer): the container was not recreated",
            evidence: [.init("running image", runningID), .init("tag now", tagged.id)],
            nextStep: "recreate the container so it runs the current image",
            commands: [ComposeCommandLine.recreate(container.details.config.labels, service: container.service)])
    }
}
