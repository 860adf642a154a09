import ShipshapeCore

/// A redirection such as `> /dev/null`, `2>&1`, `&>/dev/null`, `<<EOF`.
public struct Redirection: Sendable, Hashable {
    public enum Operator: String, Sendable, Hashable {
        case output = ">"
        case clobber = ">|"
        case append = ">>"
        case input = "<"
        case readWrite = "<>"
        case duplicateOutput = ">&"
        case duplicateInput = "<&"
        case outputAndError = "&>"
        case appendOutputAndError = "&>>"
        case heredoc = "<<"
        case heredocStripTabs = "<<-"
        case herestring = "<<<"
    }

    /// The file descriptor written before the operator (`2` in `2>&1`); nil when implicit.
    public let fd: Int?
    public let op: Operator
    /// The target word (`/dev/null`, `1` in `2>&1`, the delimiter of a heredoc).
    public let target: ShellWord
    /// For heredocs: the body, positioned in the file; nil otherwise.
    public let heredocBody: EmbeddedText?
    /// True for heredocs whose delimiter was quoted (no expansion in the body).
    public let heredocQuoted: Bool
    public let location: SourceLocation

    public init(
        fd: Int?, op: Operator, target: ShellWord, heredocBody: EmbeddedText? = nil,
        heredocQuoted: Bool = false, location: SourceLocation
    ) {
        self.fd = fd
        self.op = op
        self.target = target
        self.heredocBody = heredocBody
        self.heredocQuoted = heredocQuoted
        self.location = location
    }
}
