import Foundation

/// A simple JSON path (`$.a.b`, `$.a[0].b`, `$["key with space"]`) evaluated over `JSONSerialization` output.
///
/// Only member and index steps are supported: health endpoints need no filters or wildcards, and a
/// small grammar keeps error messages exact.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step from a value to a child.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public let components: [Component]
    /// The path as written.
    public let description: String

    /// Parses `text`, which must start with `$`.
    public init(_ text: String) throws {
        var reader = JSONPathReader(text: text)
        components = try reader.read()
        description = text
    }

    /// The value at this path, or nil when a step is missing (JSON `null` is `NSNull`, not nil).
    public func value(in json: Any) -> Any? {
        var current: Any = json
        for component in components {
            switch component {
            case .key(let key):
                guard let object = current as? [String: Any], let next = object[key] else { return nil }
                current = next
            case .index(let index):
                guard let array = current as? [Any] else { return nil }
                let resolved = index < 0 ? array.count + index : index
                guard array.indices.contains(resolved) else { return nil }
                current = array[resolved]
            }
        }
        return current
    }

    /// The value at this path as comparison text (see `text(of:)`), or nil when missing.
    public func text(in json: Any) -> String? {
        value(in: json).map(Self.text(of:))
    }

    /// Comparison text of a JSON value: strings unquoted, numbers canonical (`1`, `1.5`), `true`/`false`,
    /// `null`; arrays and objects as compact JSON with sorted keys.
    public static func text(of value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let string as String: return string
        case let number as NSNumber: return numberText(number)
        case let bool as Bool: return bool ? "true" : "false"
        case let int as Int: return String(int)
        case let double as Double: return canonicalNumber(double)
        default:
            guard JSONSerialization.isValidJSONObject(value),
                let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]),
                let text = String(data: data, encoding: .utf8)
            else { return String(describing: value) }
            return text
        }
    }

    /// Canonical number text, so `1`, `1.0` and `1e0` compare equal: integers without a fraction.
    public static func canonicalNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private static func numberText(_ number: NSNumber) -> String {
        if isBoolean(number) { return number.boolValue ? "true" : "false" }
        // Integers stay exact beyond 2^53, where a Double would round.
        if ["i", "l", "q", "s"].contains(String(cString: number.objCType)) { return String(number.int64Value) }
        return canonicalNumber(number.doubleValue)
    }

    /// JSONSerialization gives booleans the Objective-C type "c" (char) on Darwin and Linux alike;
    /// it never produces char-typed numbers otherwise.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
