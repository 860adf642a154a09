import Foundation
import ShellSyntax
import ShipshapeCore
import TestSupport
import Testing

@Suite struct HostileInputTests {
    @Test(arguments: [
        "echo 'unterminated",
        "echo \"unterminated $(x",
        "echo $(unterminated",
        "echo ${unterminated",
        "echo `unterminated",
        "echo $((1 +",
        "cat <<EOF\nbody",
        "if true; then echo",
        "for x in; do",
        "case x in a) echo",
        "f() {",
        "a && ",
        "a |",
        "echo )",
        "fi done esac ;; }",
        "[[ -f x",
        "arr=(a b",
        "echo $'unterminated",
        "cmd >",
    ])
    func unterminatedConstructsAreDiagnosed(text: String) throws {
        let script = parse(text)
        let diagnostic = try #require(script.diagnostics.first)
        #expect(diagnostic.location.file == "deploy.sh")
        #expect(diagnostic.location.start.line >= 1)
    }

    @Test func recoveryKeepsLaterCommands() {
        let script = parse("echo )\ndocker ps")
        #expect(!script.diagnostics.isEmpty)
        #expect(command("docker", in: script) != nil)
    }

    @Test func deeplyNestedSubstitutions() {
        let depth = 10_000
        let text = String(repeating: "$(echo ", count: depth) + "x" + String(repeating: ")", count: depth)
        let script = parse(text)
        #expect(script.diagnostics.contains { $0.message.contains("nesting") })
        #expect(script.commands.count <= 200)
    }

    @Test func deeplyNestedSubshellsGroupsAndIfs() {
        let depth = 10_000
        let texts = [
            String(repeating: "( ", count: depth) + "x" + String(repeating: " )", count: depth),
            String(repeating: "{ ", count: depth) + "x;" + String(repeating: " };", count: depth),
            String(repeating: "if true; then ", count: depth) + "x;" + String(repeating: " fi;", count: depth),
            String(repeating: "`echo \\", count: 200) + "`",
            String(repeating: "\"$(", count: depth),
            String(repeating: "${", count: depth),
            "echo " + String(repeating: "$((", count: depth),
        ]
        for text in texts {
            let script = parse(text)
            #expect(!script.diagnostics.isEmpty)
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("abc $(){}[]'\"`\\|&;<>#\n\t=-!*?~0123456789EOF".unicodeScalars)
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 200) {
                scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            let text = String(scalars)
            let script = parse(text)
            _ = ContainerInvocation.find(in: script)
            for command in script.commands { _ = command.discardedStreams }
        }
    }

    @Test func nonASCIIAndCarriageReturns() throws {
        let script = parse("echo héllo 🚀\r\ndocker exec wéb ls\r\n")
        let docker = try #require(command("docker", in: script))
        #expect(docker.location.point == "2:1")
        #expect(values(docker) == ["docker", "exec", "wéb", "ls"])
        #expect(command("echo", in: script)?.words.last?.location.point == "1:12")
    }

    @Test func megabyteScriptParsesQuickly() {
        let block = """
            for i in $(seq 1 30); do
              if docker exec web wget -q -O- "http://x/$i" > /dev/null 2>&1; then echo ok; break; fi
              cat <<EOF | ssh host 'bash -s'
            docker ps
            EOF
              sleep 3 || true # comment
            done

            """
        let count = 1_000_000 / block.unicodeScalars.count + 1
        let text = String(repeating: block, count: count)
        let started = Stopwatch()
        let script = parse(text)
        let elapsed = started.seconds
        #expect(script.diagnostics.isEmpty)
        // seq, docker, echo, break, cat, ssh, sleep, true.
        #expect(script.commands.count == count * 8)
        // Debug builds are far slower than release; this only guards against super-linear behaviour.
        #expect(elapsed < 20)
    }
}
