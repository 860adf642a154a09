import Foundation

/// The one place text leaves the program: standard output, standard error or a report file.
///
/// It takes only ``PrintedText`` (masked when made) and, under GitHub Actions, neutralises workflow
/// commands in everything but Shipshape's own annotations.
public struct OutputSink: Sendable {
    public enum Destination: Sendable, Equatable {
        case standardOutput
        case standardError
        case file(String)
    }

    /// Whether workflow commands in printed text are made inert (under GitHub Actions).
    public let neutralizesWorkflowCommands: Bool

    public init(neutralizesWorkflowCommands: Bool) {
        self.neutralizesWorkflowCommands = neutralizesWorkflowCommands
    }

    /// The sink for this process: neutralising when `GITHUB_ACTIONS=true`.
    public static var current: OutputSink {
        OutputSink(neutralizesWorkflowCommands: ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true")
    }

    /// The bytes written for `printed`.
    public func rendered(_ printed: PrintedText) -> String {
        guard neutralizesWorkflowCommands, printed.encoding != .workflowCommands else { return printed.text }
        return WorkflowCommandText.neutralizing(printed.text)
    }

    /// Writes `printed`; a file is replaced atomically.
    public func write(_ printed: PrintedText, to destination: Destination) throws {
        let data = Data(rendered(printed).utf8)
        switch destination {
        case .standardOutput: FileHandle.standardOutput.write(data)
        case .standardError: FileHandle.standardError.write(data)
        case .file(let path): try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    /// Appends `printed` to an existing file (`$GITHUB_STEP_SUMMARY`); a missing file is skipped.
    public func append(_ printed: PrintedText, toFileAt path: String) {
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.seekToEndOfFile()
        handle.write(Data(rendered(printed).utf8))
        try? handle.close()
    }
}
