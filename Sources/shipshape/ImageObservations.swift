import ArgumentParser
import DeployModel
import DockerEngine
import Foundation
import ImageProbing
import LintRules
import ShipshapeCore

/// `lint --probe-images`: asks the Docker Engine what the repository's images contain.
enum ImageObservations {
    static func collect(for model: DeploymentModel) async throws -> [ObservedImage] {
        let requests = ImageProbePlan.requests(for: model).map {
            ImageProbeRequest(reference: $0.key, programs: $0.value)
        }
        guard !requests.isEmpty else { return [] }
        let cleanup = ProbeSignalCleanup()
        let result: Result<ImageProbeOutcome, any Error>
        do {
            result = .success(
                try await DockerClient.withClient { client in
                    let swept = (try? await client.sweepLeftOverStatContainers()) ?? 0
                    if swept > 0 { note("removed \(swept) probe container(s) an earlier, interrupted run left behind") }
                    return try await ImageProber(client: client, cache: .standard()).observe(requests)
                })
        } catch {
            result = .failure(error)
        }
        // After SIGTERM the probing fails (its containers are being removed): the signal decides.
        await cleanup.finish()
        let outcome: ImageProbeOutcome
        do {
            outcome = try result.get()
        } catch let error as DockerEngineError {
            note("cannot look into images: \(error.localizedDescription)")
            throw ExitCode(ShipshapeExit.dockerUnreachable.rawValue)
        }
        for (reference, reason) in outcome.skipped.sorted(by: { $0.key < $1.key }) {
            note("\(reference): \(reason); using the knowledge base for it")
        }
        return outcome.observed
    }

    private static func note(_ text: String) {
        ReportFile.note("shipshape lint --probe-images: \(text)")
    }
}
