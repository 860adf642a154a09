import ShipshapeCore

/// Parses POSIX sh / bash scripts into simple commands with exact locations.
public enum ShellParser {
    /// Parses `source`; never throws — problems become diagnostics and parsing recovers.
    public static func parse(_ source: EmbeddedText) -> ShellScript {
        var state = ShellParserState(source: source)
        return state.parseScript()
    }
}
