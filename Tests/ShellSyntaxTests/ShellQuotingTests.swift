import ShellSyntax
import Testing

/// Words of a command line shown to copy come back as the shell would read them.
@Suite struct ShellQuotingTests {
    @Test func safeWordsStayAndOthersAreQuotedTheLeastSurprisingWay() {
        #expect(ShellQuoting.word("mariadb-admin") == "mariadb-admin")
        #expect(ShellQuoting.word("http://localhost:8080/health") == "http://localhost:8080/health")
        #expect(ShellQuoting.word("db.adminCommand('ping')") == "\"db.adminCommand('ping')\"")
        #expect(ShellQuoting.word("a b") == "\"a b\"")
        #expect(ShellQuoting.word("") == "\"\"")
        #expect(ShellQuoting.word("$HOME's") == #"'$HOME'\''s'"#)
        #expect(ShellQuoting.line(["mongosh", "--eval", "1 + 1"]) == "mongosh --eval \"1 + 1\"")
    }
}
