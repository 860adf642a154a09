import NIOCore
import Testing

@testable import DependencyProbes

@Suite struct RESPValueTests {
    func read(_ text: String) throws -> RESPValue? {
        var buffer = ByteBuffer(string: text)
        return try RESPValue.read(from: &buffer)
    }

    @Test func repliesAndPartialInput() throws {
        #expect(try read("+PONG\r\n") == .simple("PONG"))
        #expect(try read("-WRONGPASS invalid\r\n") == .error("WRONGPASS invalid"))
        #expect(try read("$5\r\nhello\r\n") == .bulk("hello"))
        #expect(try read("*2\r\n:1\r\n$-1\r\n") == .array([.integer(1), .bulk(nil)]))
        #expect(try read("$5\r\nhel") == nil)
        #expect(try read("*2\r\n:1\r\n") == nil)
        var buffer = ByteBuffer(string: "$5\r\nhel")
        _ = try RESPValue.read(from: &buffer)
        #expect(buffer.readableBytes == 7)  // nothing consumed until the reply is whole
    }

    @Test func hostileRepliesAreProtocolErrors() {
        for text in [
            "HTTP/1.1 400 Bad Request\r\n", "$99999999999\r\n", ":abc\r\n", String(repeating: "*1\r\n", count: 20),
        ] {
            #expect(throws: DependencyProbesError.self) { try read(text) }
        }
    }

    @Test func commandEncoding() {
        let buffer = RESPValue.command(["AUTH", "app", "p@ss word"])
        #expect(String(buffer: buffer) == "*3\r\n$4\r\nAUTH\r\n$3\r\napp\r\n$9\r\np@ss word\r\n")
    }
}
