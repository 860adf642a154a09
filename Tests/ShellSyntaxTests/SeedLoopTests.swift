import ShellSyntax
import ShipshapeCore
import Testing

/// The health-check loop that motivated the module.
@Suite struct SeedLoopTests {
    let script = parse(
        """
        for i in $(seq 1 30); do
          if docker exec onquota-backend wget -q -O- http://localhost:8000/api/v1/health > /dev/null 2>&1; then
            echo ok; break
          fi
          sleep 3
        done
        """)

    @Test func dockerCommandHasExactLocationAndContext() throws {
        #expect(script.diagnostics.isEmpty)
        let docker = try #require(command("docker", in: script))
        #expect(docker.location.point == "2:6")
        #expect(docker.context.loops.count == 1)
        #expect(docker.context.loops.first?.kind == .for)
        #expect(docker.context.loops.first?.items.map(\.value) == ["$(seq 1 30)"])
        #expect(docker.context.isTested)
        #expect(docker.discardedStreams == DiscardedStreams(stdout: true, stderr: true))
        #expect(!docker.context.inSubstitution)
    }

    @Test func substitutionCommandIsReportedOutsideTheLoop() throws {
        let seq = try #require(command("seq", in: script))
        #expect(seq.context.inSubstitution)
        #expect(seq.context.loops.isEmpty)
        #expect(seq.location.point == "1:12")
    }

    @Test func commandsAreInSourceOrder() {
        #expect(script.commands.compactMap(\.name) == ["seq", "docker", "echo", "break", "sleep"])
        let echo = script.commands.first { $0.name == "echo" }
        #expect(echo?.context.isTested == false)
        #expect(echo?.context.loops.count == 1)
    }

    @Test func containerInvocationPointsIntoTheFile() throws {
        let invocations = ContainerInvocation.find(in: script)
        let invocation = try #require(invocations.first)
        #expect(invocations.count == 1)
        #expect(invocation.form == "docker exec")
        guard case .container(let name) = invocation.target else {
            Issue.record("expected a container target")
            return
        }
        #expect(name.value == "onquota-backend")
        #expect(invocation.arguments.first?.value == "wget")
        // `docker` at column 6 puts `wget` at column 34 (6 + "docker exec onquota-backend ".count).
        #expect(invocation.arguments.first?.location.point == "2:34")
        #expect(invocation.arguments.map(\.value) == ["wget", "-q", "-O-", "http://localhost:8000/api/v1/health"])
        #expect(invocation.hostCommand.context.isTested)
        #expect(invocation.hostCommand.discardedStreams.both)
        #expect(invocation.via.isEmpty)
    }
}
