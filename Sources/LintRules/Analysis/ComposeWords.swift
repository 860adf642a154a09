import DeployModel
import ShellSyntax
import ShipshapeCore

/// Words of compose commands (string or list form) positioned in the compose file.
enum ComposeWords {
    static func word(_ item: Located<String>) -> TextWord {
        TextWord(value: item.value, location: item.location, quoted: false)
    }

    static func words(of command: ComposeCommand) -> [TextWord] {
        switch command {
        case .exec(let items): items.map(word)
        case .shell(let text): ShellParser.parse(text).commands.flatMap { $0.words.map(TextWord.init) }
        }
    }
}
