import ShipshapeCore

extension SimpleCommand {
    /// `inner`, a command found by looking through this command (ssh, `sh -c`, `sudo`...), with this
    /// command's context merged in, because the inner command runs when and where this one runs.
    ///
    /// Loops, redirections and alternatives are concatenated outermost first; this command's own
    /// redirections come after its inherited ones and before the inner command's inherited ones.
    /// `isTested`, `inPipeline` and `inSubstitution` are or-ed. Guards are kept only when the hop stays
    /// on the same machine (`keepGuards`): `command -v docker` locally says nothing about an ssh host.
    public func enclosing(_ inner: SimpleCommand, keepGuards: Bool) -> SimpleCommand {
        var context = inner.context
        let outer = self.context
        context.loops = outer.loops + inner.context.loops
        context.isTested = outer.isTested || inner.context.isTested
        context.inheritedRedirections = outer.inheritedRedirections + redirections + inner.context.inheritedRedirections
        context.alternatives = outer.alternatives + inner.context.alternatives
        if keepGuards {
            context.guardedPrograms = ShellParserState.merged(outer.guardedPrograms, inner.context.guardedPrograms)
        }
        context.inPipeline = outer.inPipeline || inner.context.inPipeline
        context.inSubstitution = outer.inSubstitution || inner.context.inSubstitution
        context.function = inner.context.function ?? outer.function
        return SimpleCommand(
            assignments: inner.assignments, words: inner.words, redirections: inner.redirections,
            location: inner.location, context: context)
    }

    /// The body of the command's last heredoc or here-string, the usual way to feed a shell a script.
    public var standardInputScript: EmbeddedText? {
        for redirection in (context.inheritedRedirections + redirections).reversed() {
            switch redirection.op {
            case .heredoc, .heredocStripTabs:
                if let body = redirection.heredocBody { return body }
            case .herestring:
                return redirection.target.unquoted
            default:
                continue
            }
        }
        return nil
    }
}
