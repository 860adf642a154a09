import DeployModel
import ShipshapeCore

/// The model and what rules derive from it, computed once per run and shared by every rule.
public struct LintContext: Sendable {
    public let model: DeploymentModel
    /// Every command that runs inside a container, from every file.
    let inContainerCommands: [InContainerCommand]
    /// Every `docker exec` / `compose exec` / `docker run` in every script.
    let invocations: [LocatedInvocation]
    let targets: TargetResolver

    /// Images `--probe-images` looked into; they take precedence over the knowledge base.
    public let observedImages: [ObservedImage]
    let images: ImageIndex

    public init(model: DeploymentModel, observedImages: [ObservedImage] = []) {
        self.model = model
        self.observedImages = observedImages
        let images = ImageIndex(model: model, observed: observedImages)
        self.images = images
        invocations = LocatedInvocation.all(in: model)
        targets = TargetResolver(model: model, images: images, invocations: invocations)
        inContainerCommands = InContainerCommand.collect(model: model, invocations: invocations, targets: targets)
    }
}
