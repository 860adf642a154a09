import Foundation
import ShipshapeCore

/// An HTTP request in Python or JavaScript probe code whose answer's status nothing reads: `requests.get(url)`
/// and `fetch(url)` return normally for a 500 answer, so the probe's exit status says only that something
/// answered.
struct UncheckedHTTPCall: Sendable, Hashable {
    /// The call as written: `requests.get`, `fetch`.
    let call: String
    /// Where it stands in `text` (a scalar offset range).
    let range: Range<Int>

    /// Calls that do not fail on an HTTP error answer, by language.
    static let pythonCalls = [
        "requests.get", "requests.head", "requests.post", "requests.request", "httpx.get", "httpx.head",
        "httpx.request", "getresponse",
    ]
    static let javaScriptCalls = ["fetch", "http.get", "https.get", "http.request", "axios.head"]
    /// Reading any of these means the code looks at the answer (its status, or its body).
    static let readers = [
        "raise_for_status", "status_code", ".status", ".ok", "is_success", "is_error", ".json(", ".text", ".content",
        ".read(", "statusCode", "validateStatus",
    ]

    /// The first unchecked call in `text`, Python when `python`, else JavaScript; nil when none or when the
    /// code reads the answer anywhere.
    static func find(in text: String, python: Bool) -> UncheckedHTTPCall? {
        guard !readers.contains(where: { text.contains($0) }) else { return nil }
        for call in python ? pythonCalls : javaScriptCalls {
            var searchStart = text.startIndex
            while let range = text.range(of: call + "(", range: searchStart..<text.endIndex) {
                searchStart = range.upperBound
                // `myfetch(` or `prefetch(` is another function.
                if range.lowerBound > text.startIndex {
                    let before = text[text.index(before: range.lowerBound)]
                    if before.isLetter || before.isNumber || before == "_" { continue }
                }
                let scalars = text.unicodeScalars
                let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
                return UncheckedHTTPCall(call: call, range: start..<(start + call.unicodeScalars.count))
            }
        }
        return nil
    }
}
