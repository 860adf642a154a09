import ShipshapeCore
import Testing

@testable import ShellSyntax

/// `docker compose …` command lines read with compose's own option table: the subcommand is found after
/// valued options in every spelling, and nothing else is taken for one.
@Suite struct ComposeInvocationTests {
    func invocation(_ line: String) -> ComposeInvocation? {
        ShellParser.parse(EmbeddedText(file: "deploy.sh", text: line)).commands.first.flatMap(ComposeInvocation.parse)
    }

    @Test func findsTheSubcommandAfterValuedOptions() throws {
        let up = try #require(invocation("docker compose --ansi never -f a.yml --file=b.yml -p app up -d"))
        #expect(up.subcommand == "up")
        #expect(up.files.map(\.value) == ["a.yml", "b.yml"])
        #expect(up.optionNames == ["ansi", "p"])
        #expect(up.arguments.map(\.value) == ["-d"])
        let viaHost = try #require(invocation("docker -H ssh://deploy@host compose ps -q api"))
        #expect(viaHost.subcommand == "ps" && viaHost.arguments.map(\.value) == ["-q", "api"])
        #expect(invocation("docker-compose --profile tools run --rm migrate")?.optionNames == ["profile"])
    }

    @Test func otherCommandsAreNotCompose() {
        #expect(invocation("docker run -d web") == nil)
        #expect(invocation("docker compose") == nil)
        #expect(invocation("compose up") == nil)
        #expect(invocation("docker compose -f \"$FILE\" $ACTION") == nil)
    }
}
