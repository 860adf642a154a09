import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct LexingTests {
    @Test func quotesAreRemovedAndPositionsKept() throws {
        let script = parse(#"echo 'a b' "c\"d" e\ f"#)
        let echo = try #require(script.commands.first)
        #expect(values(echo) == ["echo", "a b", "c\"d", "e f"])
        #expect(echo.words[1].raw == "'a b'")
        // The `d` after the escaped quote stands at column 16.
        #expect(echo.words[2].unquoted.positions[2] == SourcePosition(line: 1, column: 16))
        // The escaped space of `e\ f` stands at column 21, after its backslash.
        #expect(echo.words[3].unquoted.positions[1] == SourcePosition(line: 1, column: 21))
        #expect(script.diagnostics.isEmpty)
    }

    @Test func expansionsAreKeptAsWritten() throws {
        let script = parse(#"echo $HOME "${A:-$(x "y")}" $((1 + 2)) `date` $'a\tb'"#)
        let echo = try #require(command("echo", in: script))
        #expect(command("date", in: script)?.location.point == "1:41")
        #expect(values(echo) == ["echo", "$HOME", "${A:-$(x \"y\")}", "$((1 + 2))", "`date`", "a\tb"])
        try #require(echo.words.count == 6)
        #expect(echo.words[1].hasExpansion)
        #expect(echo.words[1].literal == nil)
        #expect(echo.words[5].literal == "a\tb")
    }

    @Test func lineContinuationsJoinWords() throws {
        let script = parse("docker exec \\\n  web \\\n  ls")
        let docker = try #require(script.commands.first)
        #expect(values(docker) == ["docker", "exec", "web", "ls"])
        #expect(docker.words[2].location.point == "2:3")
        #expect(docker.words[3].location.point == "3:3")
    }

    @Test func commentsAreSkipped() {
        let script = parse("# header\necho a # trailing\necho#not-a-comment")
        #expect(script.commands.map(values) == [["echo", "a"], ["echo#not-a-comment"]])
    }

    @Test func embeddedTextStartingMidFile() throws {
        // Like a YAML `run: |` block whose content starts at line 10, column 7.
        let script = parse("set -e\ndocker compose up -d", line: 10, column: 7)
        let docker = try #require(command("docker", in: script))
        #expect(docker.location.point == "11:1")
        let set = try #require(command("set", in: script))
        #expect(set.location.point == "10:7")
        #expect(set.words[1].location.point == "10:11")
    }

    @Test func backquotedCommandsArePositioned() throws {
        let script = parse("x=`docker ps -q`")
        let docker = try #require(command("docker", in: script))
        #expect(docker.context.inSubstitution)
        #expect(docker.location.point == "1:4")
        let assignment = try #require(script.commands.first)
        #expect(assignment.assignments.map(\.value) == ["x=`docker ps -q`"])
    }

    @Test func assignmentsBeforeTheCommand() throws {
        let cmd = try #require(parse("A=1 B+=2 C[0]=3 env X=y run").commands.first)
        #expect(cmd.assignments.map(\.value) == ["A=1", "B+=2", "C[0]=3"])
        #expect(values(cmd) == ["env", "X=y", "run"])
    }
}
