import Foundation
import ShipshapeCore
import Testing

@testable import LogAnalysis

@Suite struct LogAnalyzerTests {
    func analyze(_ text: String, options: LogAnalyzer.Options = .init()) -> LogSummary {
        var analyzer = LogAnalyzer(options: options)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            analyzer.consume(line: String(line))
        }
        return analyzer.finish()
    }

    @Test func errorsWithVaryingValuesShareAGroup() throws {
        let summary = analyze(
            """
            {"level":"error","ts":1795942800,"msg":"user 123 not found"}
            {"level":"error","ts":1795942805,"msg":"user 456 not found"}
            {"level":"error","ts":1795942806,"msg":"order 7f3a9c0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b for 'bob' failed"}
            {"level":"error","ts":1795942807,"msg":"order 00000000-1111-2222-3333-444444444444 for 'eve' failed"}
            {"level":"info","ts":1795942808,"msg":"user 789 not found"}
            """)
        #expect(summary.errorGroups.count == 2)
        let users = try #require(summary.errorGroups.first { $0.key == "user <n> not found" })
        #expect(users.count == 2)
        #expect(users.firstSeen == Date(timeIntervalSince1970: 1_795_942_800))
        #expect(users.lastSeen == Date(timeIntervalSince1970: 1_795_942_805))
        #expect(users.firstLine == 1 && users.lastLine == 2)
        #expect(summary.errorGroups.contains { $0.key == "order <uuid> for <str> failed" && $0.count == 2 })
        #expect(summary.levels == [.error: 4, .info: 1])
    }

    @Test func chainedPythonTracebackIsOneException() throws {
        let summary = analyze(
            """
            {"level":"info","timestamp":"2026-11-29T09:00:00Z","event":"startup"}
            Traceback (most recent call last):
              File "/app/cache.py", line 12, in connect
                client.ping()
            redis.exceptions.AuthenticationError: invalid username-password pair

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "/app/main.py", line 40, in startup
                await cache.connect()
            RuntimeError: cache unavailable after 3 attempts
            {"level":"info","timestamp":"2026-11-29T09:00:05Z","event":"ready"}
            """)
        let group = try #require(summary.errorGroups.first)
        #expect(summary.errorGroups.count == 1)
        #expect(group.kind == .exception)
        #expect(group.key == "RuntimeError: cache unavailable after <n> attempts")
        #expect(group.example.contains("AuthenticationError"))
        #expect(group.firstSeen == Date(timeIntervalSince1970: 1_795_942_800))
        #expect(summary.stackTraceLineCount == 11)
        #expect(summary.parsedCount == 2)
        #expect(summary.unparsedCount == 0)
    }

    @Test func javaAndNodeStackTraces() throws {
        let summary = analyze(
            """
            java.lang.IllegalStateException: pool exhausted after 17 ms
            \tat com.example.Pool.get(Pool.java:42)
            \tat com.example.App.main(App.java:10)
            Caused by: java.net.ConnectException: Connection refused
            \t... 2 more
            java.lang.IllegalStateException: pool exhausted after 23 ms
            \tat com.example.Pool.get(Pool.java:42)
            Error: connect ECONNREFUSED 127.0.0.1:6379
                at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)
            plain text afterwards
            """)
        #expect(
            summary.errorGroups.map(\.key).sorted() == [
                "Error: connect ECONNREFUSED <n>.<n>.<n>.<n>:<n>",
                "java.lang.IllegalStateException: pool exhausted after <n> ms",
            ])
        #expect(summary.errorGroups.first?.count == 2)
        #expect(summary.stackTraceLineCount == 9)
        #expect(summary.unparsedCount == 1)
    }

    @Test func exceptionInAJSONField() throws {
        let summary = analyze(
            #"{"timestamp":"2026-11-29T09:00:00Z","level":"error","event":"user_lookup_failed","exception":"Traceback (most recent call last):\n  File \"/app/users.py\", line 4, in get\n    return repo[7]\nKeyError: 7"}"#
        )
        let group = try #require(summary.errorGroups.first)
        #expect(group.kind == .exception)
        #expect(group.key == "KeyError: <n>")
        #expect(group.example.hasPrefix("user_lookup_failed\nTraceback"))
    }

    @Test func httpStatusesFailingPathsAndLatency() throws {
        let summary = analyze(
            """
            {"method":"GET","path":"/a?x=1","status_code":200,"duration_ms":10}
            {"method":"GET","path":"/a?x=2","status_code":503,"duration_ms":30}
            {"method":"GET","path":"/a","status_code":503,"duration_ms":20}
            INFO:     127.0.0.1:1 - "POST /b HTTP/1.1" 500 Internal Server Error
            10.0.0.1 - - [29/Nov/2026:09:00:00 +0000] "GET /c HTTP/1.1" 404 0 "-" "curl"
            {"level":"info","event":"cache_warm","duration_ms":5000}
            """)
        #expect(summary.http.requestCount == 5)
        #expect(summary.http.statuses == [200: 1, 404: 1, 500: 1, 503: 2])
        #expect(summary.http.serverErrorRate == 0.6)
        #expect(
            summary.http.topFailingPaths == [
                PathFailures(method: "GET", path: "/a", count: 2), PathFailures(method: "POST", path: "/b", count: 1),
            ])
        let latency = try #require(summary.http.latency)
        #expect(latency.count == 3)
        #expect(latency.max == 30)
        #expect(abs(latency.p50 - 20) <= 20 * 0.004)
    }

    @Test func latestTrackedEventKeepsFieldsAndMasksSecrets() throws {
        let summary = analyze(
            """
            {"event":"rate_limiting_configured","level":"info","storage":"redis","timestamp":"2026-11-29T08:00:00Z"}
            {"event":"rate_limiting_configured","level":"info","storage":"memory","redis_url":"redis://default:s3cr#t@redis:6379/0","api_token":"abc123456789","timestamp":"2026-11-29T09:00:00Z"}
            {"event":"request_finished","level":"info"}
            """, options: .init(trackedEvents: ["rate_limiting_configured", "never_logged"]))
        let event = try #require(summary.latestEvent(named: "rate_limiting_configured"))
        #expect(event.fields["storage"] == .string("memory"))
        #expect(event.timestamp == Date(timeIntervalSince1970: 1_795_942_800))
        #expect(event.fields["redis_url"] == .string("redis://default:****@redis:6379/0"))
        #expect(event.fields["api_token"] == .string("****"))
        #expect(summary.latestEvent(named: "never_logged") == nil)
        #expect(summary.latestEvent(named: "request_finished") == nil)
    }

    @Test func examplesAreMasked() throws {
        let summary = analyze(
            #"""
            {"level":"error","msg":"cannot connect to redis://:hunter2@redis:6379 with password=hunter2"}
            time="2026-11-29T09:00:00Z" level=error msg="auth failed" token="ghp_abcdefghijklmnopqrstuvwxyz012345"
            """#)
        let text = summary.errorGroups.map { $0.key + $0.example }.joined()
        #expect(!text.contains("hunter2"))
        #expect(!text.contains("ghp_abc"))
        #expect(text.contains("****"))
    }

    @Test func timeWindowSkipsOlderLines() {
        let summary = analyze(
            """
            {"level":"error","timestamp":"2026-11-29T08:59:59Z","msg":"old failure"}
            {"level":"error","timestamp":"2026-11-29T09:00:01Z","msg":"new failure"}
            {"level":"error","msg":"no timestamp"}
            """, options: .init(since: Date(timeIntervalSince1970: 1_795_942_800)))
        #expect(summary.skippedBeforeWindow == 1)
        #expect(summary.errorGroups.map(\.key).sorted() == ["new failure", "no timestamp"])
        #expect(summary.firstTimestamp == Date(timeIntervalSince1970: 1_795_942_801))
    }

    @Test func chunksSplitLinesAnywhere() {
        let text = """
            {"status":200,"duration_ms":1}
            {"status":500,"path":"/x","duration_ms":2}
            INFO:     127.0.0.1:1 - "GET / HTTP/1.1" 204 No Content
            """
        let bytes = Array(text.utf8)
        for size in [1, 3, 7, 64, 4096] {
            var analyzer = LogAnalyzer()
            var start = 0
            while start < bytes.count {
                let end = min(start + size, bytes.count)
                bytes[start..<end].withUnsafeBytes { analyzer.consume(chunk: $0) }
                start = end
            }
            let summary = analyzer.finish()
            #expect(summary.lineCount == 3)
            #expect(summary.http.statuses == [200: 1, 204: 1, 500: 1], "chunk size \(size)")
        }
    }

    @Test func summaryRoundTripsThroughJSON() throws {
        let summary = analyze(
            """
            {"level":"error","ts":1795942800,"msg":"boom 1","status":500,"path":"/x","duration_ms":3}
            """, options: .init(trackedEvents: ["boom 1"]))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let decoded = try decoder.decode(LogSummary.self, from: encoder.encode(summary))
        #expect(decoded == summary)
    }
}

@Suite struct LatestEventLookupTests {
    @Test func latestMatchingLineWins() throws {
        let lines = [
            #"{"event":"rate_limiting_configured","storage":"memory"}"#,
            "2026-11-29T09:00:01Z [info     ] rate_limiting_configured   storage=redis password=hunter2",
            #"{"event":"rate_limiting_configured_later","storage":"none"}"#,
        ]
        let record = try #require(LogRecord.latest(event: "rate_limiting_configured", in: lines))
        #expect(record.fields["storage"] == .string("redis"))
        #expect(record.fields["password"] == .string("****"))
        #expect(LogRecord.latest(event: "missing", in: lines) == nil)
    }
}
