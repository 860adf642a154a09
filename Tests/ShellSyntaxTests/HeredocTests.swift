import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct HeredocTests {
    @Test func bodyIsPositionedInTheFile() throws {
        let script = parse("cat <<EOF > out\nline $one\n  two\nEOF\necho after")
        #expect(script.diagnostics.isEmpty)
        let cat = try #require(command("cat", in: script))
        let heredoc = try #require(cat.redirections.first)
        #expect(heredoc.op == .heredoc)
        #expect(!heredoc.heredocQuoted)
        let body = try #require(heredoc.heredocBody)
        #expect(body.text == "line $one\n  two\n")
        #expect(body.positions.first == SourcePosition(line: 2, column: 1))
        #expect(cat.redirections.last?.target.value == "out")
        #expect(command("echo", in: script)?.location.point == "5:1")
    }

    @Test func quotedDelimiterAndTabStripping() throws {
        let script = parse("cat <<-'END' | sh\n\tdocker ps\n\t\tnested\n\tEND\nnext")
        #expect(script.diagnostics.isEmpty)
        let heredoc = try #require(command("cat", in: script)?.redirections.first)
        #expect(heredoc.heredocQuoted)
        #expect(heredoc.op == .heredocStripTabs)
        let body = try #require(heredoc.heredocBody)
        #expect(body.text == "docker ps\nnested\n")
        #expect(body.positions.first == SourcePosition(line: 2, column: 2))
        #expect(command("next", in: script) != nil)
    }

    @Test func twoHeredocsOnOneLine() throws {
        let script = parse("paste <<A <<\"B\"\n1\nA\n2\nB\n")
        let redirections = try #require(script.commands.first?.redirections)
        #expect(redirections.compactMap(\.heredocBody?.text) == ["1\n", "2\n"])
    }

    @Test func heredocOnACompoundCommand() throws {
        let script = parse("while read line; do\n  echo \"$line\"\ndone <<EOF\nx\nEOF\n")
        let echo = try #require(command("echo", in: script))
        #expect(echo.context.inheritedRedirections.first?.heredocBody?.text == "x\n")
    }

    @Test func unterminatedHeredocIsDiagnosed() throws {
        let script = parse("cat <<EOF\nno end here\n")
        let diagnostic = try #require(script.diagnostics.first)
        #expect(diagnostic.message.contains("EOF"))
        #expect(diagnostic.location.point == "1:5")
        #expect(script.commands.first?.redirections.first?.heredocBody?.text == "no end here\n")
    }
}

@Suite struct HeredocFedShellTests {
    @Test func localShellScriptsAreListedAfterTheShell() throws {
        let script = parse(
            """
            for h in a b; do
              sudo bash -s <<'EOF' > /dev/null
            docker exec web ls
            EOF
            done
            sh <<< "curl -f x"
            """)
        #expect(script.diagnostics.isEmpty)
        #expect(script.commands.compactMap(\.name) == ["sudo", "docker", "sh", "curl"])
        let docker = try #require(command("docker", in: script))
        #expect(docker.location.point == "3:1")
        #expect(docker.context.loops.count == 1)
        #expect(docker.discardedStreams.stdout)
        #expect(command("curl", in: script)?.location.point == "6:9")
        let found = ContainerInvocation.find(in: script)
        #expect(found.count == 1)
        #expect(found.first?.hostCommand.context.loops.count == 1)
    }
}
