import ShellSyntax
import ShipshapeCore
import Testing

@Suite struct RedirectionTests {
    /// The discarded streams of the first command of `text`.
    func discarded(_ text: String) -> DiscardedStreams? {
        parse(text).commands.first?.discardedStreams
    }

    @Test func orderOfRedirectionsMatters() {
        #expect(discarded("cmd >/dev/null 2>&1") == DiscardedStreams(stdout: true, stderr: true))
        #expect(discarded("cmd 2>&1 >/dev/null") == DiscardedStreams(stdout: true, stderr: false))
        #expect(discarded("cmd &>/dev/null") == DiscardedStreams(stdout: true, stderr: true))
        #expect(discarded("cmd &>>/dev/null") == DiscardedStreams(stdout: true, stderr: true))
        #expect(discarded("cmd 1>/dev/null 2>/dev/null") == DiscardedStreams(stdout: true, stderr: true))
        #expect(discarded("cmd 2>/dev/null") == DiscardedStreams(stdout: false, stderr: true))
        #expect(discarded("cmd >/dev/null 2>&1 | tee log") == DiscardedStreams(stdout: true, stderr: true))
        #expect(discarded("cmd > out.log 2>&1") == DiscardedStreams(stdout: false, stderr: false))
        #expect(discarded("cmd >&-") == DiscardedStreams(stdout: true, stderr: false))
        #expect(discarded("cmd >& /dev/null") == DiscardedStreams(stdout: true, stderr: true))
        #expect(discarded("cmd") == DiscardedStreams(stdout: false, stderr: false))
    }

    @Test func inheritedRedirectionsApplyFirst() throws {
        let script = parse("{ cmd 2>&1; } >/dev/null\nwhile true; do other >&2; done 2>/dev/null")
        let cmd = try #require(command("cmd", in: script))
        // The group sends stdout to /dev/null first; `2>&1` then follows it there.
        #expect(cmd.discardedStreams == DiscardedStreams(stdout: true, stderr: true))
        let other = try #require(command("other", in: script))
        #expect(other.discardedStreams == DiscardedStreams(stdout: true, stderr: true))
    }

    @Test func operatorsAndDescriptors() throws {
        let cmd = try #require(parse("cmd <in 3<>rw 2>>err >|clob 4<&0 5>&1 <<<word").commands.first)
        #expect(
            cmd.redirections.map(\.op) == [
                .input, .readWrite, .append, .clobber, .duplicateInput, .duplicateOutput, .herestring,
            ])
        #expect(cmd.redirections.map(\.fd) == [nil, 3, 2, nil, 4, 5, nil])
        #expect(cmd.redirections.map(\.target.value) == ["in", "rw", "err", "clob", "0", "1", "word"])
        #expect(cmd.redirections[2].location.point == "1:15")
        #expect(values(cmd) == ["cmd"])
    }

    @Test func redirectionsAnywhereAmongWords() throws {
        let cmd = try #require(parse(">/dev/null docker 2>&1 exec web ls").commands.first)
        #expect(values(cmd) == ["docker", "exec", "web", "ls"])
        #expect(cmd.discardedStreams.both)
    }
}
