import Testing

@testable import Plan

@Suite struct ConditionParserTests {
    @Test func status() throws {
        #expect(try ConditionParser.parse("status: 200-299,204") == .status([200...299, 204...204]))
        #expect(try ConditionParser.parse("status 200") == .status([200...200]))
        #expect(try ConditionParser.parse("status: 2xx") == .status([200...299]))
    }

    @Test func json() throws {
        #expect(
            try ConditionParser.parse(#"json: $.status == "healthy""#)
                == .json(path: "$.status", op: .equal, value: "healthy"))
        #expect(try ConditionParser.parse("json: $.ready == true") == .json(path: "$.ready", op: .equal, value: "true"))
        #expect(
            try ConditionParser.parse(#"json: $.checks.db != "down""#)
                == .json(path: "$.checks.db", op: .notEqual, value: "down"))
        #expect(
            try ConditionParser.parse("json: $.count>=3.0") == .json(path: "$.count", op: .greaterOrEqual, value: "3"))
        #expect(
            try ConditionParser.parse(#"json: $["a b"][0] == "x y""#)
                == .json(path: #"$["a b"][0]"#, op: .equal, value: "x y"))
    }

    @Test func bodyHeaderAndTime() throws {
        #expect(try ConditionParser.parse("body-contains: ok") == .bodyContains("ok"))
        #expect(try ConditionParser.parse("body-matches: ^OK$") == .bodyMatches("^OK$"))
        #expect(
            try ConditionParser.parse("header: content-type ~= json")
                == .header(name: "content-type", op: .contains, value: "json"))
        #expect(try ConditionParser.parse("response-time: < 500ms") == .responseTime(maxMilliseconds: 500))
        #expect(try ConditionParser.parse("response-time: <= 2s") == .responseTime(maxMilliseconds: 2000))
    }

    @Test(arguments: [
        ("status: 700", "700"), ("status: abc", "abc"), ("json: status == 1", "starts with `$`"),
        ("json: $.a", "comparison"), ("body-matches: ([", "regular expression"),
        ("colour: red", "unknown condition kind"),
        ("response-time: soon", "duration"), ("header: == x", "header name"),
    ])
    func rejects(text: String, fragment: String) {
        #expect {
            try ConditionParser.parse(text)
        } throws: { error in
            let message = (error as? PlanError)?.errorDescription ?? ""
            return message.contains(fragment) && message.contains(text) && message.contains("for example")
        }
    }

    @Test(arguments: [
        "status: 200-299,204", #"json: $.status == "healthy""#, "json: $.ready == true", "json: $.n < 1.5",
        #"json: $.v == "1.0""#, "body-contains: ok", #"body-contains: "  padded ""#, "body-matches: ^OK$",
        "header: content-type ~= json", "response-time: < 500ms", "response-time: < 1500ms",
    ])
    func textRoundTrips(text: String) throws {
        let condition = try ConditionParser.parse(text)
        #expect(try ConditionParser.parse(condition.text) == condition)
    }
}
