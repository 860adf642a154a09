extension SimpleCommand {
    /// Where stdout and stderr go after applying the inherited redirections (outermost first) and
    /// then the command's own, in order, tracking the file descriptor table as the shell does:
    /// `>/dev/null 2>&1` discards both, `2>&1 >/dev/null` only stdout.
    public var discardedStreams: DiscardedStreams {
        var table = FileDescriptorTable()
        for redirection in context.inheritedRedirections + redirections {
            table.apply(redirection)
        }
        return DiscardedStreams(stdout: table.isDiscarded(1), stderr: table.isDiscarded(2))
    }
}

/// Where each output file descriptor points, as far as discarding is concerned.
struct FileDescriptorTable {
    enum Destination: Equatable {
        case original(Int)
        case null
        case file
        case closed
    }

    var destinations: [Int: Destination] = [1: .original(1), 2: .original(2)]

    /// True when `fd` writes nowhere (`/dev/null` or closed).
    func isDiscarded(_ fd: Int) -> Bool {
        let destination = destinations[fd] ?? .original(fd)
        return destination == .null || destination == .closed
    }

    /// Applies one redirection; input redirections do not affect output streams.
    mutating func apply(_ redirection: Redirection) {
        let target = redirection.target.literal
        let fileDestination: Destination = target == "/dev/null" ? .null : .file
        switch redirection.op {
        case .output, .clobber, .append:
            destinations[redirection.fd ?? 1] = fileDestination
        case .outputAndError, .appendOutputAndError:
            destinations[1] = fileDestination
            destinations[2] = fileDestination
        case .duplicateOutput:
            let fd = redirection.fd ?? 1
            if target == "-" {
                destinations[fd] = .closed
            } else if let target, let source = Int(target) {
                destinations[fd] = destinations[source] ?? .original(source)
            } else if redirection.fd == nil {
                // `>&file` is bash's old spelling of `&>file`.
                destinations[1] = fileDestination
                destinations[2] = fileDestination
            } else {
                destinations[fd] = .file
            }
        case .readWrite:
            if let fd = redirection.fd { destinations[fd] = fileDestination }
        case .input, .duplicateInput, .heredoc, .heredocStripTabs, .herestring:
            break
        }
    }
}
