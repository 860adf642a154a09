/// `docker compose [global options] SUBCOMMAND ARGS…` or `docker-compose …`, read with the same option
/// table (`DockerOptions.composeGlobal`) that finds `compose exec` and `compose run` targets, so every
/// reader of a compose command line agrees on where the subcommand is.
public struct ComposeInvocation: Sendable {
    /// The `-f`/`--file` values, in order.
    public let files: [ShellWord]
    /// The names of the other global options that took a value (`p`, `project-name`, `profile`…).
    public let optionNames: [String]
    /// `up`, `ps`, `exec`…
    public let subcommand: String
    /// What follows the subcommand.
    public let arguments: ArraySlice<ShellWord>

    /// The compose command `command` runs, else nil.
    public static func parse(_ command: SimpleCommand) -> ComposeInvocation? {
        let words = command.words[...]
        let afterProgram: ArraySlice<ShellWord>
        switch words.first?.literal {
        case "docker":
            let global = DockerOptions.global.scan(words.dropFirst())
            guard global.operandIndex < words.endIndex, words[global.operandIndex].literal == "compose" else {
                return nil
            }
            afterProgram = words[(global.operandIndex + 1)...]
        case "docker-compose":
            afterProgram = words.dropFirst()
        default:
            return nil
        }
        let global = DockerOptions.composeGlobal.scan(afterProgram)
        guard global.operandIndex < afterProgram.endIndex, let subcommand = afterProgram[global.operandIndex].literal
        else { return nil }
        let isFile = { (name: String) in name == "f" || name == "file" }
        return ComposeInvocation(
            files: global.values.filter { isFile($0.name) }.map(\.value),
            optionNames: global.values.map(\.name).filter { !isFile($0) }, subcommand: subcommand,
            arguments: afterProgram[(global.operandIndex + 1)...])
    }
}
