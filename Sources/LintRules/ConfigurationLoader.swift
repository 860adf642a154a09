import Foundation
import ShipshapeCore
import Yams

/// Reads `.shipshape.yml`:
///
/// ```yaml
/// disabled_rules: [probe-output-silenced]
/// enabled_rules: [log-contradicts-config]   # opt-in rules
/// severity:
///   probe-port-mismatch: warning
/// ignore:
///   - legacy/**
/// ```
public enum ConfigurationLoader {
    public static let fileNames = [".shipshape.yml", ".shipshape.yaml"]

    /// The explicit file, else `.shipshape.yml` in the first directory of `paths`; defaults when none.
    public static func load(explicit: String?, searchIn paths: [String]) throws -> Configuration {
        if let explicit {
            return try parse(try read(explicit), path: explicit)
        }
        var isDirectory: ObjCBool = false
        let directory =
            paths.first {
                FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
            }
            ?? "."
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { return try parse(try read(path), path: path) }
        }
        return Configuration()
    }

    static func read(_ path: String) throws -> String {
        // FileHandle also reads character devices: `--config /dev/null` means "no settings".
        guard
            let data = FileManager.default.contents(atPath: path)
                ?? (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path))).map({ (try? $0.readToEnd()) ?? Data() }
                )
        else {
            throw LintError.configuration(path: path, problem: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LintError.configuration(path: path, problem: "is not valid UTF-8")
        }
        return text
    }

    /// Parses configuration text; unknown keys, unknown rules and bad severities are errors.
    public static func parse(_ text: String, path: String) throws -> Configuration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw LintError.configuration(path: path, problem: "is not valid YAML: \(error)")
        }
        guard let root else { return Configuration() }
        guard let mapping = root.mapping else {
            throw LintError.configuration(path: path, problem: "must be a mapping of settings")
        }
        var configuration = Configuration()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let where_ = "\(path):\(keyNode.mark?.line ?? 0)"
            switch key {
            case "disabled_rules": configuration.disabledRules = Set(try ruleList(value, at: where_))
            case "enabled_rules", "opt_in_rules": configuration.enabledRules = Set(try ruleList(value, at: where_))
            case "severity": configuration.severities = try severities(value, at: where_)
            case "ignore", "excluded": configuration.ignorePaths = try strings(value, at: where_)
            default:
                throw LintError.configuration(
                    path: where_,
                    problem: "unknown setting '\(key)' (known: disabled_rules, enabled_rules, severity, ignore)")
            }
        }
        return configuration
    }

    static func strings(_ node: Node, at location: String) throws -> [String] {
        if let single = node.string, node.scalar != nil { return [single] }
        guard let sequence = node.sequence else {
            throw LintError.configuration(path: location, problem: "expects a list")
        }
        return sequence.compactMap(\.string)
    }

    static func ruleList(_ node: Node, at location: String) throws -> [String] {
        let identifiers = try strings(node, at: location)
        for identifier in identifiers where ruleDescription(identifier) == nil {
            throw LintError.configuration(path: location, problem: "unknown rule '\(identifier)'")
        }
        return identifiers
    }

    static func severities(_ node: Node, at location: String) throws -> [String: Severity] {
        guard let mapping = node.mapping else {
            throw LintError.configuration(path: location, problem: "severity expects a mapping of rule: level")
        }
        var result: [String: Severity] = [:]
        for (key, value) in mapping {
            guard let identifier = key.string, ruleDescription(identifier) != nil else {
                throw LintError.configuration(path: location, problem: "unknown rule '\(key.string ?? "")'")
            }
            guard let level = value.string.flatMap(Severity.init(rawValue:)) else {
                throw LintError.configuration(
                    path: location, problem: "severity of \(identifier) must be error, warning or note")
            }
            result[identifier] = level
        }
        return result
    }
}
