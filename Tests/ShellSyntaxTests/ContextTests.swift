import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct ContextTests {
    @Test func orChainsRecordAlternatives() throws {
        let script = parse("curl -f x || wget -q x")
        let curl = try #require(command("curl", in: script))
        let wget = try #require(command("wget", in: script))
        #expect(curl.context.alternatives.map { $0.map(\.value) } == [["wget", "-q", "x"]])
        #expect(wget.context.alternatives.map { $0.map(\.value) } == [["curl", "-f", "x"]])
        #expect(curl.context.isTested)
        #expect(!wget.context.isTested)
    }

    @Test func threeWayChain() throws {
        let script = parse("a && b || c || d")
        #expect(command("a", in: script)?.context.alternatives.isEmpty == true)
        #expect(command("c", in: script)?.context.alternatives.map { $0.first?.value } == ["b", "d"])
    }

    @Test func ifCommandVGuardsTheThenBranch() throws {
        let script = parse(
            """
            if command -v wget >/dev/null; then
              wget -q x
            elif which curl; then
              curl x
            else
              python3 x
            fi
            after
            """)
        #expect(command("wget", in: script)?.context.guardedPrograms == ["wget"])
        #expect(command("curl", in: script)?.context.guardedPrograms == ["curl"])
        #expect(command("python3", in: script)?.context.guardedPrograms == [])
        #expect(command("after", in: script)?.context.guardedPrograms == [])
        #expect(command("command", in: script)?.context.isTested == true)
    }

    @Test func andListGuards() {
        let script = parse("which curl && curl -f x || wget x; type jq >/dev/null && hash yq && use")
        #expect(command("curl", in: script)?.context.guardedPrograms == ["curl"])
        #expect(command("wget", in: script)?.context.guardedPrograms == [])
        #expect(command("use", in: script)?.context.guardedPrograms == ["jq", "yq"])
    }

    @Test func negatedCheckGuardsTheElseBranch() {
        let script = parse("if ! command -v docker; then echo missing; else docker ps; fi")
        #expect(command("echo", in: script)?.context.guardedPrograms == [])
        #expect(command("docker", in: script)?.context.guardedPrograms == ["docker"])
    }

    @Test func testOfCommandSubstitutionGuards() {
        let script = parse(#"if [ -x "$(command -v docker)" ]; then docker ps; fi"#)
        #expect(command("docker", in: script)?.context.guardedPrograms == ["docker"])
    }

    @Test func substitutionsDoNotInheritTheOuterPipeline() throws {
        let script = parse("for f in a; do echo \"$(docker ps)\" | grep x || true; done")
        let docker = try #require(command("docker", in: script))
        #expect(docker.context.inSubstitution)
        #expect(!docker.context.inPipeline)
        #expect(docker.context.loops.count == 1)
        #expect(command("echo", in: script)?.context.inPipeline == true)
    }
}

@Suite struct LastingGuardTests {
    @Test func checkOrExitGuardsTheRestOfTheList() {
        let script = parse(
            """
            command -v docker >/dev/null 2>&1 || { echo "docker missing"; exit 1; }
            docker compose pull
            f() { which curl || return 1; curl -f x; }
            wget x
            """)
        #expect(command("echo", in: script)?.context.guardedPrograms == [])
        #expect(command("docker", in: script)?.context.guardedPrograms == ["docker"])
        // A function body starts afresh: it may be called before the checks above it ran.
        #expect(command("curl", in: script)?.context.guardedPrograms == ["curl"])
        #expect(command("wget", in: script)?.context.guardedPrograms == ["docker"])
    }

    @Test func negatedIfWithExitGuardsWhatFollows() {
        let script = parse(
            """
            if ! command -v jq >/dev/null; then
              echo "install jq"; exit 1
            fi
            jq . file
            ( command -v yq || exit 1 )
            yq . file
            """)
        #expect(command("echo", in: script)?.context.guardedPrograms == [])
        #expect(command("jq", in: script)?.context.guardedPrograms == ["jq"])
        // `exit` inside a subshell only leaves the subshell.
        #expect(command("yq", in: script)?.context.guardedPrograms == ["jq"])
    }
}
