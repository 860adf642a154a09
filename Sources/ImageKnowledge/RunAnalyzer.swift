import DockerfileSyntax
import ShipshapeCore

/// Reads install commands out of argv lists.
public enum RunAnalyzer {
    /// The net package changes of `commands` (one argv per simple command, in order), as if run in one `RUN`.
    public static func analyze(_ commands: [[String]], context: RunContext = RunContext(location: nil))
        -> PackageChanges
    {
        var ledger = PackageLedger()
        ledger.beginRun()
        for argv in commands { ledger.apply(argv, context: context) }
        return ledger.changes
    }

    /// The net package changes of a `RUN` instruction, split by `commands` (the fallback splitter by default).
    public static func analyze(
        _ instruction: Instruction,
        commands: (Instruction) -> [[String]] = { FallbackCommandSplitter.commands(of: $0) }
    ) -> PackageChanges {
        analyze(commands(instruction), context: RunContext(instruction: instruction))
    }
}
