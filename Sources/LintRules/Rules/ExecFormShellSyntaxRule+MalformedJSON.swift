import DeployModel
import DockerfileSyntax
import ShipshapeCore

extension ExecFormShellSyntaxRule {
    /// Dockerfile commands meant as a JSON array that are not valid JSON (a missing comma, single
    /// quotes): Docker then runs the text through `/bin/sh -c`, whose first word is `[…`, which fails.
    func malformedJSONArrays(in model: DeploymentModel) -> [Finding] {
        var findings: [Finding] = []
        for dockerfile in model.dockerfiles {
            for stage in dockerfile.stages {
                for instruction in stage.instructions {
                    guard ["RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK"].contains(instruction.keyword),
                        case .shell(let text)? = instruction.command, Self.looksLikeBrokenJSONArray(text.text)
                    else { continue }
                    let location = text.location(of: 0..<text.scalars.count)
                    let message =
                        "this \(instruction.keyword) is meant as a JSON array but is not valid JSON, so Docker runs "
                        + "it through /bin/sh as the shell command `\(text.text)`, which fails (`[` is the test program)"
                    findings.append(
                        finding(
                            message, at: location, related: [],
                            fix:
                                "write valid JSON: double quotes around every element and a comma between elements"))
                }
            }
        }
        return findings
    }

    /// `["curl" "-f" "http://x"]`, `['curl', '-f']`: brackets around quoted elements with at least one
    /// quote-comma or quote-quote junction. A shell test (`[ -f /x ]`, `[ "$a" = b ]`) has neither.
    static func looksLikeBrokenJSONArray(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count > 2 else { return false }
        let inner = trimmed.dropFirst().drop { $0 == " " }
        guard inner.hasPrefix("\"") || inner.hasPrefix("'") else { return false }
        let junctions = ["\",", "',", "\" \"", "\"\"", "' '"]
        return junctions.contains { trimmed.contains($0) }
    }
}
