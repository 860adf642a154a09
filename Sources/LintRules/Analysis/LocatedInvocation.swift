import DeployModel
import ShellSyntax
import ShipshapeCore

/// A container invocation and the script it was found in.
struct LocatedInvocation: Sendable {
    let file: String
    let origin: ShellUnit.Origin
    let invocation: ContainerInvocation

    static func all(in model: DeploymentModel) -> [LocatedInvocation] {
        model.shellUnits.flatMap { unit in
            ContainerInvocation.find(in: unit.script).map {
                LocatedInvocation(file: unit.file, origin: unit.origin, invocation: $0)
            }
        }
    }

    /// The literal name of the container, service or image targeted, when static.
    var targetName: ShellWord {
        switch invocation.target {
        case .container(let word), .image(let word): word
        case .composeService(let word, _, _): word
        }
    }
}
