import DeployModel
import Plan
import ShipshapeCore
import Yams

/// Loads a plan file's YAML defensively: nesting is pre-scanned (Yams composes recursively, one stack
/// frame per level), alias keys are refused (Yams hashes keys), and alias expansion is budgeted.
struct PlanYAMLLoader {
    /// Plan files nest about six levels; anything near this is hostile or broken.
    static let maxDepth = 200
    /// Plan files have tens of nodes; far more means an alias bomb.
    static let maxNodes = 100_000

    let path: String
    let environment: [String: String]

    /// The root node, or nil for an empty document.
    func load(_ text: String) throws -> PlanNode? {
        let lines = SourceLines(text)
        if let position = YAMLDepthScanner.firstExcess(in: lines, limit: Self.maxDepth) {
            throw error(at: position, "YAML nests deeper than \(Self.maxDepth) levels; not parsed")
        }
        if let position = YAMLAliasKeys.firstPosition(in: lines) {
            throw error(at: position, "YAML uses an alias as a mapping key, which plan files do not support")
        }
        let node: Node?
        do {
            node = try Parser(yaml: text).nextRoot()
        } catch {
            throw YAMLErrorLocation.planError(from: error, path: path)
        }
        guard let node else { return nil }
        var converter = PlanNodeConverter(
            path: path, budget: Self.maxNodes, interpolator: PlanInterpolator(environment: environment))
        return try converter.convert(node)
    }

    func error(at position: SourcePosition, _ message: String) -> PlanError {
        PlanError.file(path: path, line: position.line, column: position.column, message: message)
    }
}
