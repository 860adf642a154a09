import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct EdgeCaseTests {
    @Test func heredocInsideCommandSubstitution() throws {
        let script = parse("body=$(cat <<'EOF'\ndocker ps\nEOF\n)\necho \"$body\"")
        #expect(script.diagnostics.isEmpty)
        let cat = try #require(command("cat", in: script))
        #expect(cat.context.inSubstitution)
        #expect(cat.redirections.first?.heredocBody?.text == "docker ps\n")
        #expect(command("echo", in: script)?.location.point == "5:1")
    }

    @Test func caseInsideLoopAndRedirectedIf() throws {
        let script = parse(
            """
            for svc in api web; do
              case "$svc" in
                api) docker compose exec -T api ./check ;;
                *) : ;;
              esac
            done
            if docker exec web true; then :; fi > /dev/null 2>&1
            """)
        #expect(script.diagnostics.isEmpty)
        let found = ContainerInvocation.find(in: script)
        #expect(found.count == 2)
        #expect(found.first?.hostCommand.context.loops.count == 1)
        #expect(found.last?.hostCommand.discardedStreams.both == true)
        #expect(found.last?.hostCommand.context.isTested == true)
    }

    @Test func nestedQuotesInSubstitution() throws {
        let script = parse(#"echo "$(printf "%s" "a)b")" && docker exec "$(docker ps -q -f name=web)" ls"#)
        #expect(script.diagnostics.isEmpty)
        #expect(script.commands.compactMap(\.name) == ["echo", "printf", "docker", "docker"])
        let found = ContainerInvocation.find(in: script)
        #expect(found.count == 1)
        guard case .container(let name)? = found.first?.target else {
            Issue.record("expected a container target")
            return
        }
        #expect(name.hasExpansion)
        #expect(name.literal == nil)
    }

    @Test func testCommandsAndSetOptions() throws {
        let script = parse("set -euo pipefail\n[ -f .env ] && docker exec web ls || exit 1")
        let docker = try #require(command("docker", in: script))
        #expect(docker.context.isTested)
        #expect(docker.context.alternatives.map { $0.first?.value } == ["exit"])
    }

    @Test func backgroundAndSemicolons() {
        let script = parse("a & b; c &\nd")
        #expect(script.commands.compactMap(\.name) == ["a", "b", "c", "d"])
        #expect(script.diagnostics.isEmpty)
    }

    @Test func reservedWordsAsArguments() {
        let script = parse("echo if then done fi { } ]] in")
        #expect(script.commands.count == 1)
        #expect(values(script.commands.first).count == 9)
        #expect(script.diagnostics.isEmpty)
    }
}
