extension HostProcess {
    /// A set-up command that exited non-zero, with its command line and stderr.
    public struct CommandFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `arguments` and returns trimmed stdout; throws `CommandFailure` on a non-zero exit.
    @discardableResult
    public static func checked(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw CommandFailure(
                description: "\(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
