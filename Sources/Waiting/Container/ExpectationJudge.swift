import DockerEngine
import Plan
import Probes
import ShipshapeCore

/// Version and image expectations of a container whose probes pass. A mismatch is not final: during
/// a rollout the old version answers until the new container replaces it, so the wait retries.
struct ExpectationJudge: Sendable {
    let client: any DockerEngineAPI
    let membership: ComposeMembership?

    struct Judgement: Sendable {
        var failures: [Classification] = []
        var signals: [VersionSignal] = []
        var notes: [String] = []
    }

    func judge(_ expectations: [Expectation], details: ContainerDetails, image: ImageDetails?, response: HTTPSnapshot?)
        async -> Judgement
    {
        var judgement = Judgement()
        for expectation in expectations {
            switch expectation {
            case .version(let expected, let fields):
                let signals = signals(
                    expected: expected, fields: fields, details: details, image: image, response: response)
                judgement.signals += signals
                if let failure = VersionChecker.judge(signals) { judgement.failures.append(failure) }
            case .versionIfBuilt(let expected, let fields):
                let signals = signals(
                    expected: expected, fields: fields, details: details, image: image, response: response)
                guard signals.contains(where: { $0.actual != nil }) || builtHere(details, image: image) else {
                    judgement.notes.append(
                        "version not checked: \(details.config.image) is not built by this project (no compose build, no revision label, no version in its response)"
                    )
                    continue
                }
                judgement.signals += signals
                if let failure = VersionChecker.judge(signals) { judgement.failures.append(failure) }
            case .image(let tag):
                if let failure = await VersionChecker.imageCheck(tag: tag, client: client, details: details) {
                    judgement.failures.append(failure)
                }
            }
        }
        return judgement
    }

    private func signals(
        expected: String, fields: [String], details: ContainerDetails, image: ImageDetails?, response: HTTPSnapshot?
    ) -> [VersionSignal] {
        VersionChecker.jsonSignals(expected: expected, fields: fields, response: response)
            + [VersionChecker.labelSignal(expected: expected, image: image, details: details)]
    }

    /// The project builds this image: compose built it (it labels what it builds), or the compose
    /// file gives the service a `build:` section.
    private func builtHere(_ details: ContainerDetails, image: ImageDetails?) -> Bool {
        if image?.config?.labels?[ComposeLabels.project] != nil { return true }
        return membership?.builtByFiles == true
    }
}

extension DockerEngineAPI {
    /// The image's details, or nil when it cannot be inspected (removed, daemon error).
    func inspectImageOrNil(_ reference: String) async -> ImageDetails? {
        try? await inspectImage(reference)
    }
}
