import Foundation
import ShipshapeCore

/// `shipshape lnt`: lint is the default command, so a misspelt command would be read as a path to
/// lint ("No such file or directory: lnt"). A first word that is no path but close to a command name
/// gets "did you mean" instead.
enum CommandTypo {
    static func check(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !first.contains("/"),
            !FileManager.default.fileExists(atPath: first)
        else { return nil }
        let names = Shipshape.configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first), let near = DidYouMean.suggestion(for: first, among: names) else { return nil }
        return "shipshape: unknown command '\(first)'; did you mean '\(near)'? (see `shipshape help`)"
    }
}
