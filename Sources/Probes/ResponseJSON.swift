import Foundation
import Plan

/// Reads values out of a response body with the plan's `JSONPath` (one implementation of the path
/// syntax for plans, flags and probes).
package enum ResponseJSON {
    /// The value at `path` in a JSON body; nil when the body is not JSON or the path is absent.
    package static func value(at path: String, in body: String) -> Any? {
        guard let jsonPath = try? JSONPath(path), let data = body.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        return jsonPath.value(in: json)
    }

    /// A value as text for comparison: strings unquoted, numbers canonical, `true`/`false`, `null`.
    package static func text(of value: Any) -> String { JSONPath.text(of: value) }
}
