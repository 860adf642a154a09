import ShipshapeCore
import SourceSyntax

/// A Python or JavaScript/TypeScript file a health check or start command may run (`python /app/healthcheck.py`,
/// `node healthcheck.js`): the programs it starts and the string literals it holds (the URLs it calls), so a
/// probe is followed into it like into a shell script.
public struct InterpreterScript: Sendable {
    public let file: String
    public let language: SourceLanguage
    /// Its text (for connections written as arguments: `HTTPConnection("localhost", 8000)`).
    public let text: String

    public init(file: String, text: String, language: SourceLanguage) {
        self.file = file
        self.language = language
        self.text = text
    }

    /// The programs it starts; read when a health check is followed into the file (every application source
    /// is an `InterpreterScript` under `log-contradicts-config`, and few are ever run by one).
    public var calls: [ProcessCall] { ProcessCall.find(file: file, text: text, language: language) }

    /// Its one-line string literals, located at their values.
    public var strings: [LiteralString] { ProcessCall.strings(file: file, text: text, language: language) }

    /// The extensions of the scripts an interpreter runs (`.py`, `.js`, `.mjs`, `.cjs`, `.ts`).
    public static func isScriptName(_ name: String) -> Bool {
        guard let language = SourceLanguage(path: name) else { return false }
        return language == .python || language == .javascript
    }

    /// The base names of `.py`/`.js`… files a text names (`/app/healthcheck.py`, `scripts/health.js`): which
    /// interpreter scripts of the repository are worth reading.
    public static func namedScripts(in text: String) -> Set<String> {
        Set(scriptPaths(in: text).map { String($0.split(separator: "/").last ?? Substring($0)) })
    }

    /// The base names of the files worth reading for `paths` a deploy file names: each name, and for a
    /// JavaScript file the TypeScript it may be compiled from (`dist/server.js` → `server.ts`).
    public static func namesToRead(_ paths: Set<String>) -> Set<String> {
        var names: Set<String> = []
        for path in paths {
            let name = String(path.split(separator: "/").last ?? Substring(path))
            names.insert(name)
            for suffix in [".js", ".mjs", ".cjs"] where name.hasSuffix(suffix) {
                names.insert(String(name.dropLast(suffix.count)) + ".ts")
            }
        }
        return names
    }

    /// The `.py`/`.js`… paths a text names, as written (`/app/docker/healthcheck.py`).
    public static func scriptPaths(in text: String) -> Set<String> {
        var names: Set<String> = []
        var word: [UInt8] = []
        var hasDot = false
        func flush() {
            if hasDot, case let name = String(decoding: word, as: UTF8.self), isScriptName(name) {
                names.insert(name)
            }
            word.removeAll(keepingCapacity: true)
            hasDot = false
        }
        // Bytes, not Characters: every deploy file is scanned when the tree holds any such file.
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "/"), 0x80...:
                word.append(byte)
            case UInt8(ascii: "."):
                word.append(byte)
                hasDot = true
            default:
                if !word.isEmpty { flush() }
            }
        }
        if !word.isEmpty { flush() }
        return names
    }
}
