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

    public init(model: DeploymentModel) {
        self.model = model
        let images = ImageIndex(model: model)
        invocations = LocatedInvocation.all(in: model)
        targets = TargetResolver(model: model, images: images, invocations: invocations)
        inContainerCommands = InContainerCommand.collect(model: model, invocations: invocations, targets: targets)
    }
}
