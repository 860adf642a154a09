import Yams

/// The Yams parser set up for reading deployment files, which use every scalar as text.
///
/// - The basic resolver leaves every scalar a string: nothing here reads Yams' resolved tags, and
///   the default resolver runs up to seven regular expressions per scalar each time a mapping key is
///   hashed for Yams' duplicate-key check (a quarter of a lint run on a Kubernetes-heavy repository).
///   Keys that differ only in type (`1` and `"1"`) count as the same key, as they read the same here.
/// - The encoding is given, so Yams does not read the process environment for every file.
enum UntypedYAMLParser {
    static func parser(_ text: String) throws -> Parser {
        try Parser(yaml: text, resolver: .basic, encoding: .utf8)
    }
}
