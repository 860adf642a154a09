import Plan
import ShellSyntax
import ShipshapeCore

/// Turns `--exec TEXT` into a probe the way `docker exec` would run it: a plain command line
/// (`wget -q -O- http://localhost:8000/health`) becomes argv and needs no shell in the image;
/// anything with shell syntax (pipes, `||`, `$VAR`, redirections) runs through `/bin/sh -c`.
enum ExecCommandLine {
    static func probe(_ text: String) throws -> ExecProbeSpec {
        let shellSpec = try ProbeParser.exec(text)
        let script = ShellParser.parse(EmbeddedText(file: "--exec", text: text))
        guard script.diagnostics.isEmpty, script.commands.count == 1, let command = script.commands.first,
            command.assignments.isEmpty, command.redirections.isEmpty, !command.context.isTested,
            !command.context.inPipeline, !command.context.inSubstitution,
            !text.contains(";"), !text.contains("&"), !text.contains("|")
        else { return shellSpec }
        let argv = command.words.compactMap(\.literal)
        guard argv.count == command.words.count, !argv.isEmpty else { return shellSpec }
        return ExecProbeSpec(command: argv)
    }
}
