/// One image to look into, and the programs to look for in it.
public struct ImageProbeRequest: Sendable, Hashable {
    /// The reference as the repository names it (`ghcr.io/org/api:latest`, `python:3.11-slim`).
    public var reference: String
    /// Program names (`curl`, `wget`); `sh` is always checked as `/bin/sh`.
    public var programs: Set<String>

    public init(reference: String, programs: Set<String>) {
        self.reference = reference
        self.programs = programs
    }
}
