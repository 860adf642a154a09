import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct HopTests {
    @Test func sshDoubleQuotedCommandWithEscapes() throws {
        // `$PATH` is unescaped twice (by the local shell, then by the remote one) yet keeps column 54.
        let found = invocations(#"ssh -p 22 deploy@host "docker exec web sh -c \"echo \$PATH\"" "#)
        let invocation = try #require(found.first)
        #expect(invocation.via == ["ssh deploy@host"])
        #expect(invocation.form == "docker exec")
        #expect(invocation.hostCommand.location.point == "1:24")
        let inner = try #require(invocation.innerScript)
        let echo = try #require(inner.commands.first)
        #expect(echo.words.map(\.value) == ["echo", "$PATH"])
        #expect(echo.location.point == "1:48")
        #expect(echo.words[1].location.point == "1:54")
    }

    @Test func sshWordsAreJoined() throws {
        let found = invocations("ssh -i key -o StrictHostKeyChecking=no host docker exec web ls /app")
        let invocation = try #require(found.first)
        #expect(invocation.via == ["ssh host"])
        #expect(invocation.arguments.map(\.value) == ["ls", "/app"])
        #expect(invocation.arguments.first?.location.point == "1:61")
    }

    @Test func sshHeredocs() throws {
        let found = invocations(
            """
            ssh deploy@prod <<'EOF'
              cd /srv && docker compose exec -T api ./migrate
            EOF
            ssh deploy@prod 'bash -s' <<EOF
            docker exec web ls
            EOF
            """)
        #expect(found.map(targetName) == ["service:api", "container:web"])
        #expect(found[0].hostCommand.location.point == "2:14")
        #expect(found[0].via == ["ssh deploy@prod"])
        #expect(found[1].hostCommand.location.point == "5:1")
    }

    @Test func outerContextIsMergedThroughHops() throws {
        let found = invocations(
            """
            for i in 1 2 3; do
              ssh h "docker exec c wget -q x" >/dev/null 2>&1
            done
            """)
        let invocation = try #require(found.first)
        let host = invocation.hostCommand
        #expect(host.context.loops.map(\.kind) == [.for])
        #expect(host.discardedStreams.both)
        #expect(host.location.point == "2:10")
        #expect(invocation.arguments.first?.location.point == "2:24")
    }

    @Test func shellHopsNestAndKeepGuards() throws {
        let script = """
            if command -v docker >/dev/null; then
              sudo sh -c 'bash -c "docker exec web ls"' || echo failed
            fi
            """
        let invocation = try #require(invocations(script, line: 10, column: 7).first)
        #expect(invocation.via == ["sh -c", "bash -c"])
        #expect(invocation.hostCommand.location.point == "11:24")
        #expect(invocation.hostCommand.context.guardedPrograms == ["docker"])
        #expect(invocation.hostCommand.context.isTested)
        #expect(invocation.hostCommand.context.alternatives.first?.first?.value == "echo")
    }

    @Test func sshDoesNotCarryLocalGuards() throws {
        let invocation = try #require(invocations("which docker && ssh h docker exec c ls").first)
        #expect(invocation.hostCommand.context.guardedPrograms.isEmpty)
    }

    @Test func commandSubstitutionInDockerArgumentsIsFound() throws {
        let found = invocations(#"status=$(docker exec web cat /status)"#)
        #expect(found.first?.hostCommand.context.inSubstitution == true)
    }

    @Test func sshOptionsAfterTheHostAndEval() {
        let found = invocations("ssh host -p 2222 -t docker exec a ls\neval \"docker exec b ls\"")
        #expect(found.map(targetName) == ["container:a", "container:b"])
        #expect(found.map(\.via) == [["ssh host"], ["eval"]])
    }
}
