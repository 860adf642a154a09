import ShipshapeCore

/// Walks simple commands looking for container invocations, descending through hops.
struct ContainerFinder {
    /// How many hops (ssh, `sh -c`, heredoc-fed shells) are followed before giving up; real scripts
    /// use three or four (`ssh` → `sudo` → `sh -c` → `bash -c`), and each costs stack.
    static let maxHops = 8

    var found: [ContainerInvocation] = []

    /// Examines `command` (already carrying the context of the hops that led to it).
    mutating func visit(_ command: SimpleCommand, via: [String], hops: Int) {
        examine(command.words[...], of: command, via: via, hops: hops)
    }

    /// Examines the argv `words` of `command`, which may start after wrappers like `sudo`.
    mutating func examine(_ argv: ArraySlice<ShellWord>, of command: SimpleCommand, via: [String], hops: Int) {
        var words = argv
        // Iterative, so `sudo sudo sudo ...` cannot exhaust the stack.
        while let program = words.first?.fastLiteral,
            let rest = Wrappers.command(after: ShellInvocation.basename(program), in: words)
        {
            words = rest
        }
        guard let program = words.first?.fastLiteral else { return }
        let name = ShellInvocation.basename(program)
        if name == "docker" {
            if let invocation = DockerCommandLine.docker(words.dropFirst(), host: command, via: via) {
                found.append(invocation)
            }
        } else if name == "docker-compose" {
            if let invocation = DockerCommandLine.compose(
                words.dropFirst(), form: "docker-compose", host: command, via: via)
            {
                found.append(invocation)
            }
        } else if name == "eval", let text = ShellInvocation.joined(words.dropFirst()) {
            follow(text, from: command, hop: "eval", keepGuards: true, via: via, hops: hops)
        } else if name == "ssh" {
            followSSH(words, of: command, via: via, hops: hops)
        } else if let script = ShellInvocation.script(in: words)?.script {
            // Shells fed on standard input are already expanded by the parser (`ShellParserState.finish`).
            follow(script.unquoted, from: command, hop: "\(program) -c", keepGuards: true, via: via, hops: hops)
        }
    }

    /// `ssh [options] HOST [COMMAND...]`: the remote command, or the heredoc fed to a remote shell.
    mutating func followSSH(_ words: ArraySlice<ShellWord>, of command: SimpleCommand, via: [String], hops: Int) {
        let scan = DockerOptions.ssh.scan(words.dropFirst())
        guard scan.operandIndex < words.endIndex else { return }
        let host = words[scan.operandIndex]
        // OpenSSH also accepts options after the host (`ssh host -p 22 cmd`).
        let afterHost = DockerOptions.ssh.scan(words[(scan.operandIndex + 1)...])
        let remote = words[afterHost.operandIndex...]
        let hop = "ssh \(host.value)"
        var text = ShellInvocation.joined(remote)
        // The local shell expands `$X` in the remote command's unquoted and double-quoted words
        // before ssh sends it: `ssh h "docker exec '$C' …"` runs `docker exec 'web' …`, so `'$C'`
        // is the value of a local variable, never the literal name `$C`.
        var localExpansions: Set<SourcePosition> = []
        for word in remote where word.hasExpansion {
            for (offset, scalar) in word.unquoted.scalars.enumerated() where scalar == "$" {
                localExpansions.insert(word.unquoted.positions[offset])
            }
        }
        if let stdin = command.standardInputScript, remoteReadsStandardInput(text) {
            text = stdin
            localExpansions = []
        }
        guard let text else { return }
        follow(
            text, from: command, hop: hop, keepGuards: false, via: via, hops: hops, localExpansions: localExpansions)
    }

    /// True when the remote command is absent or a shell reading its script from standard input.
    func remoteReadsStandardInput(_ remote: EmbeddedText?) -> Bool {
        guard let remote else { return true }
        let script = ShellParser.parse(remote)
        guard script.commands.count == 1, let only = script.commands.first else { return script.commands.isEmpty }
        return ShellInvocation.script(in: only.words[...])?.usesStandardInput ?? false
    }

    /// Parses `text` (a script run by `command`) and visits its commands with merged context.
    /// `localExpansions` are positions of `$` that a shell on the way already expanded: words holding
    /// one are values unknown here, whatever quotes the inner script puts around them.
    mutating func follow(
        _ text: EmbeddedText, from command: SimpleCommand, hop: String, keepGuards: Bool, via: [String], hops: Int,
        localExpansions: Set<SourcePosition> = []
    ) {
        guard hops < Self.maxHops else { return }
        let script = ShellParser.parse(text)
        for parsed in script.commands {
            let inner = localExpansions.isEmpty ? parsed : Self.markingExpanded(parsed, localExpansions)
            visit(command.enclosing(inner, keepGuards: keepGuards), via: via + [hop], hops: hops + 1)
        }
    }

    /// The command with every word that holds an already-expanded `$` marked as an expansion.
    static func markingExpanded(_ command: SimpleCommand, _ positions: Set<SourcePosition>) -> SimpleCommand {
        func mark(_ word: ShellWord) -> ShellWord {
            guard !word.hasExpansion,
                word.unquoted.scalars.indices.contains(where: {
                    word.unquoted.scalars[$0] == "$" && positions.contains(word.unquoted.positions[$0])
                })
            else { return word }
            return ShellWord(raw: word.raw, unquoted: word.unquoted, hasExpansion: true, location: word.location)
        }
        return SimpleCommand(
            assignments: command.assignments.map(mark), words: command.words.map(mark),
            redirections: command.redirections, location: command.location, context: command.context)
    }
}
