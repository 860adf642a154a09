import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct GrammarTests {
    @Test func compoundCommandsAreAllVisited() {
        let script = parse(
            """
            if a; then b; elif c; then d; else e; fi
            while f; do g; done
            until h; do i; done
            case $x in
              (j|k) l ;;
              m) n ;&
              *) o ;;&
            esac
            { p; q; }
            ( r )
            s() { t; }
            function u { v; }
            function w() { y; }
            for ((i = 0; i < 3; i++)); do z; done
            select opt in a b; do sel; done
            """)
        #expect(script.diagnostics.isEmpty)
        #expect(
            script.commands.compactMap(\.name) == [
                "a", "b", "c", "d", "e", "f", "g", "h", "i", "l", "n", "o", "p", "q", "r", "t", "v", "y", "z", "sel",
            ])
    }

    @Test func functionNameIsRecorded() {
        let script = parse("deploy() {\n  docker pull x\n}\nfunction other { ls; }")
        #expect(command("docker", in: script)?.context.function == "deploy")
        #expect(command("ls", in: script)?.context.function == "other")
    }

    @Test func whileLoopCountsConditionCommands() throws {
        let script = parse("while ! curl -f x; do sleep 1; done")
        let curl = try #require(command("curl", in: script))
        let sleep = try #require(command("sleep", in: script))
        #expect(curl.context.isTested)
        #expect(curl.context.loops.first?.kind == .while)
        #expect(curl.context.loops.first?.conditionCommandCount == 1)
        #expect(sleep.context.loops == curl.context.loops)
        #expect(!sleep.context.isTested)
    }

    @Test func nestedLoopsOutermostFirst() throws {
        let script = parse("for a in 1 2; do\n  until x; do\n    inner\n  done\ndone")
        let inner = try #require(command("inner", in: script))
        #expect(inner.context.loops.map(\.kind) == [.for, .until])
        #expect(inner.context.loops[0].items.map(\.value) == ["1", "2"])
        #expect(inner.context.loops[1].location.point == "2:3")
    }

    @Test func pipelinesAndAndOrLists() throws {
        let script = parse("a | b && c; ! d; e |& f")
        #expect(command("a", in: script)?.context.inPipeline == true)
        #expect(command("a", in: script)?.context.isTested == true)
        #expect(command("c", in: script)?.context.isTested == false)
        #expect(command("d", in: script)?.context.isTested == true)
        #expect(command("f", in: script)?.context.inPipeline == true)
    }

    @Test func doubleBracketIsASimpleCommand() throws {
        let script = parse("if [[ -f a && $b =~ ^(x|y)$ || c < d ]]; then echo yes; fi")
        let test = try #require(script.commands.first)
        #expect(values(test) == ["[[", "-f", "a", "&&", "$b", "=~", "^(x|y)$", "||", "c", "<", "d", "]]"])
        #expect(test.context.isTested)
        #expect(script.diagnostics.isEmpty)
        #expect(command("echo", in: script) != nil)
    }

    @Test func bashExtrasAreTolerated() {
        let script = parse(
            """
            arr=(one "two three" $(four) # comment
              five)
            declare -A map
            (( n += 1 ))
            diff <(sort a) >(cat)
            cat <<< "here"
            time -p sleep 1
            echo ${arr[@]} ${#arr[@]} ${x//a/b}
            """)
        #expect(script.diagnostics.isEmpty)
        #expect(
            script.commands.compactMap(\.name) == ["four", "declare", "diff", "sort", "cat", "cat", "sleep", "echo"])
    }

    @Test func compoundRedirectionsAreInherited() throws {
        let script = parse("{ for x in 1; do a; done > inner.log; } 2>/dev/null\nb")
        let a = try #require(command("a", in: script))
        #expect(a.context.inheritedRedirections.map(\.target.value) == ["/dev/null", "inner.log"])
        #expect(command("b", in: script)?.context.inheritedRedirections.isEmpty == true)
    }

    @Test func substitutionInsideCaseAndQuotes() {
        let script = parse(#"x="$(case $y in a) echo "(nested)" ;; esac)"; docker ps"#)
        #expect(script.diagnostics.isEmpty)
        #expect(script.commands.compactMap(\.name) == ["echo", "docker"])
        #expect(command("echo", in: script)?.location.point == "1:20")
    }
}
