/// A step that ran and did not succeed: the gate said no, compose refused, a container would not start.
public struct StepFailure: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var gate: GateResult?

    public init(_ message: String, gate: GateResult? = nil) {
        self.message = message
        self.gate = gate
    }

    public var description: String { message }
}
