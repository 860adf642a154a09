/// A small repository (path → content) that a rule must or must not report on.
///
/// In a triggering example, markers (`1️⃣`, `2️⃣`, ...) in the file text stand where a finding must
/// start; `expect` maps each marker to a fragment its message must contain. The test harness strips
/// the markers before linting.
public struct Example: Sendable, Hashable {
    public let files: [String: String]
    public let expect: [String: String]
    /// Images as `--probe-images` would have observed them, for rules that use observations.
    public let images: [ObservedImage]
    /// Where the example is written, so a failing example points into the rule's own file.
    public let sourceFile: String
    public let sourceLine: Int

    public init(
        files: [String: String], expect: [String: String] = [:], images: [ObservedImage] = [],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        self.files = files
        self.expect = expect
        self.images = images
        self.sourceFile = "\(file)"
        self.sourceLine = Int(line)
    }

    /// The marker characters examples may use, in order.
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The files with markers removed, and where each marker stood.
    public func strippingMarkers() -> (files: [String: String], markers: [String: SourceLocation]) {
        var clean: [String: String] = [:]
        var found: [String: SourceLocation] = [:]
        for (path, text) in files {
            var output = ""
            var line = 1
            var column = 1
            var rest = Substring(text)
            outer: while let character = rest.first {
                for marker in Self.markers where rest.hasPrefix(marker) {
                    found[marker] = SourceLocation(file: path, line: line, column: column)
                    rest = rest.dropFirst(marker.count)
                    continue outer
                }
                output.append(character)
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += character.unicodeScalars.count
                }
                rest = rest.dropFirst()
            }
            clean[path] = output
        }
        return (clean, found)
    }
}
