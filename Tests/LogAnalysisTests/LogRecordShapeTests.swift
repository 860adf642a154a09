import Foundation
import Testing

@testable import LogAnalysis

@Suite struct LogRecordShapeTests {
    @Test func structlogJSON() throws {
        let record = try #require(
            LogRecord.parse(
                #"{"event": "rate_limiting_configured", "level": "info", "timestamp": "2026-11-29T09:00:00.250Z", "storage": "memory", "default_limit": "100/minute"}"#
            ))
        #expect(record.shape == .json)
        #expect(record.event == "rate_limiting_configured")
        #expect(record.level == .info)
        #expect(record.timestamp == Date(timeIntervalSince1970: 1_795_942_800.25))
        #expect(record.fields["storage"] == .string("memory"))
        #expect(record.fields["default_limit"]?.text == "100/minute")
    }

    @Test func pinoHTTP() throws {
        let record = try #require(
            LogRecord.parse(
                #"{"level":50,"time":1795942800123,"pid":7,"hostname":"api","req":{"id":1,"method":"POST","url":"/api/login?next=%2F","headers":{"host":"api"}},"res":{"statusCode":502},"responseTime":41,"msg":"request errored"}"#
            ))
        #expect(record.level == .error)
        #expect(record.message == "request errored")
        #expect(record.method == "POST")
        #expect(record.path == "/api/login")
        #expect(record.status == 502)
        #expect(record.durationMs == 41)
        #expect(record.timestamp == Date(timeIntervalSince1970: 1_795_942_800.123))
        #expect(record.fields["req"]?.value(at: "headers.host") == .string("api"))
    }

    @Test func zapWithLatencyInSeconds() throws {
        let record = try #require(
            LogRecord.parse(
                #"{"level":"warn","ts":1795942800.5,"caller":"server/http.go:118","msg":"request","method":"GET","path":"/api/items","status":404,"latency":0.0125}"#
            ))
        #expect(record.level == .warning)
        #expect(record.status == 404)
        #expect(try #require(record.durationMs) == 12.5)
        #expect(record.fields["caller"] == .string("server/http.go:118"))
    }

    @Test func logrusJSONWithDurationText() throws {
        let record = try #require(
            LogRecord.parse(
                #"{"level":"warning","msg":"slow request","time":"2026-11-29T10:00:00+01:00","duration":"1.5s","uri":"https://api.example.test/x/y?z=1"}"#
            ))
        #expect(record.level == .warning)
        #expect(record.durationMs == 1500)
        #expect(record.path == "/x/y")
        #expect(record.timestamp == Date(timeIntervalSince1970: 1_795_942_800))
    }

    @Test func gunicornJSONAccessFormat() throws {
        // access_log_format with %(r)s, %(s)s and %(L)s (request time in decimal seconds, a string).
        let record = try #require(
            LogRecord.parse(
                #"{"remote_ip":"10.0.0.5","request":"DELETE /api/orders/7 HTTP/1.1","status":"503","request_time":"0.250000"}"#
            ))
        #expect(record.method == "DELETE")
        #expect(record.path == "/api/orders/7")
        #expect(record.status == 503)
        #expect(record.durationMs == 250)
    }

    @Test func uvicornAccessText() throws {
        let record = try #require(
            LogRecord.parse(#"INFO:     172.18.0.1:51234 - "GET /health?deep=1 HTTP/1.1" 200 OK"#))
        #expect(record.shape == .uvicorn)
        #expect(record.level == .info)
        #expect(record.method == "GET")
        #expect(record.path == "/health")
        #expect(record.status == 200)
        let error = try #require(LogRecord.parse("ERROR:    Exception in ASGI application"))
        #expect(error.level == .error)
        #expect(error.message == "Exception in ASGI application")
        #expect(error.status == nil)
    }

    @Test func gunicornErrorLog() throws {
        let record = try #require(LogRecord.parse("[2026-11-29 09:00:00 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:12)"))
        #expect(record.shape == .gunicorn)
        #expect(record.level == .critical)
        #expect(record.message == "WORKER TIMEOUT (pid:12)")
        #expect(record.timestamp == Date(timeIntervalSince1970: 1_795_942_800))
    }

    @Test func combinedLogFormat() throws {
        let record = try #require(
            LogRecord.parse(
                #"10.0.0.5 - alice [29/Nov/2026:10:00:00 +0100] "PUT /api/cart?x=1 HTTP/1.1" 500 12 "https://shop.test/" "Mozilla/5.0""#
            ))
        #expect(record.shape == .accessLog)
        #expect(record.method == "PUT")
        #expect(record.path == "/api/cart")
        #expect(record.status == 500)
        #expect(record.timestamp == Date(timeIntervalSince1970: 1_795_942_800))
    }

    @Test func logfmtAndStructlogConsole() throws {
        let logrus = try #require(
            LogRecord.parse(#"time="2026-11-29T09:00:00Z" level=error msg="cache \"users\" unavailable" took=3ms"#))
        #expect(logrus.shape == .logfmt)
        #expect(logrus.level == .error)
        #expect(logrus.message == #"cache "users" unavailable"#)
        #expect(logrus.durationMs == 3)
        let console = try #require(
            LogRecord.parse(
                "2026-11-29T09:00:00.000000Z [info     ] rate_limiting_configured       default_limit=100/minute storage=redis"
            ))
        #expect(console.shape == .structlogConsole)
        #expect(console.event == "rate_limiting_configured")
        #expect(console.fields["storage"] == .string("redis"))
    }

    @Test func pythonLoggingAndPlainText() throws {
        let record = try #require(LogRecord.parse("2026-11-29 09:00:02,123 - app.payments - ERROR - payment 99 failed"))
        #expect(record.shape == .leveledText)
        #expect(record.level == .error)
        #expect(record.message == "payment 99 failed")
        #expect(LogRecord.parse("Starting up the application, please wait") == nil)
        #expect(LogRecord.parse("Error: connect ECONNREFUSED 127.0.0.1:6379") == nil)
    }
}

@Suite struct TimestampTextTests {
    @Test func dockerAndLogTimestamps() {
        let expected = Date(timeIntervalSince1970: 1_795_942_800.5)
        #expect(LogRecord.timestamp(from: "2026-11-29T09:00:00.500000000Z") == expected)
        #expect(LogRecord.timestamp(from: "2026-11-29 10:00:00,500 +01:00") == expected)
        #expect(LogRecord.timestamp(from: "1795942800500") == expected)
        #expect(LogRecord.timestamp(from: "29/Nov/2026:09:00:00 +0000") == Date(timeIntervalSince1970: 1_795_942_800))
        #expect(LogRecord.timestamp(from: "yesterday") == nil)
    }
}
