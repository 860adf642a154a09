import ShipshapeCore

/// Parses POSIX sh / bash scripts into simple commands with exact locations.
///
/// The parser is a recursive-descent parser over the scalars of an `EmbeddedText`, with an
/// on-demand lexer (`ShellParserState+Lexing`, `+Words`, `+Expansions`) so reserved words and
/// heredoc bodies are recognised where the grammar says. Commands inside `$(...)`, backquotes and
/// process substitutions are parsed in place and reported with `context.inSubstitution`.
///
/// Context that depends on what follows a command (`&&`/`||`, redirections after `done` or `}`,
/// pipelines) is patched onto the already-recorded commands once known, limited to the commands of
/// the same scope so it never leaks into substitutions or function bodies.
///
/// Hostile input is bounded: nesting deeper than `ShellParserState.maxDepth` is skipped with one
/// diagnostic, balanced constructs that need no parsing are skipped iteratively, and every loop
/// consumes input, so time stays linear in the input.
public enum ShellParser {
    /// Parses `source`; never throws — problems become diagnostics and parsing recovers.
    public static func parse(_ source: EmbeddedText) -> ShellScript {
        var state = ShellParserState(source: source)
        return state.parseScript()
    }
}
