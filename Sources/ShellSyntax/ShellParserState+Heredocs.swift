import ShipshapeCore

extension ShellParserState {
    /// Reads the bodies of the heredocs opened on the line that just ended, in order.
    mutating func readPendingHeredocs() {
        let pending = pendingHeredocs
        pendingHeredocs.removeAll()
        for heredoc in pending {
            heredocBodies[heredoc.key] = readHeredocBody(heredoc)
        }
    }

    /// Reads lines from `pos` up to the delimiter line; the body keeps its file positions.
    mutating func readHeredocBody(_ heredoc: PendingHeredoc) -> EmbeddedText {
        let delimiter = Array(heredoc.delimiter.unicodeScalars)
        var body = WordBuilder()
        var lineStart = pos
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            var contentStart = lineStart
            if heredoc.stripTabs {
                while contentStart < lineEnd, scalars[contentStart] == "\t" { contentStart += 1 }
            }
            var contentEnd = lineEnd
            if contentEnd > contentStart, scalars[contentEnd - 1] == "\r" { contentEnd -= 1 }
            let next = min(lineEnd + 1, scalars.count)
            if scalars[contentStart..<contentEnd].elementsEqual(delimiter) {
                pos = next
                return body.text(file: source.file, end: source.positions[lineStart])
            }
            body.append(source, range: contentStart..<next)
            lineStart = next
        }
        pos = scalars.count
        diagnostics.append(
            ShellDiagnostic(
                message: "heredoc delimited by '\(heredoc.delimiter)' is not terminated", location: heredoc.key))
        return body.text(file: source.file, end: source.positions[scalars.count])
    }

    /// `command` with each heredoc redirection (its own and inherited) given its body.
    func withHeredocBodies(_ command: SimpleCommand) -> SimpleCommand {
        guard !heredocBodies.isEmpty else { return command }
        var context = command.context
        context.inheritedRedirections = context.inheritedRedirections.map(withHeredocBody)
        return SimpleCommand(
            assignments: command.assignments, words: command.words,
            redirections: command.redirections.map(withHeredocBody), location: command.location,
            context: context)
    }

    /// `redirection` with its heredoc body, when it is a heredoc whose body was read.
    func withHeredocBody(_ redirection: Redirection) -> Redirection {
        guard redirection.op == .heredoc || redirection.op == .heredocStripTabs, redirection.heredocBody == nil,
            let body = heredocBodies[redirection.location]
        else { return redirection }
        return Redirection(
            fd: redirection.fd, op: redirection.op, target: redirection.target, heredocBody: body,
            heredocQuoted: redirection.heredocQuoted, location: redirection.location)
    }
}
