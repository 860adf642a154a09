/// A file's text as Unicode scalars split into physical lines, for 1-based line/column positions
/// (columns in scalars, as libyaml counts them) without storing a position per scalar.
///
/// One copy for every reader (YAML, `.env`, Dockerfile). Lines exclude their `\n` and the `\r` of a
/// CRLF ending; text after the last `\n` is a line only when it is not empty, so a file's line count
/// is what an editor shows. A leading UTF-8 byte-order mark is dropped: it is invisible in editors,
/// and libyaml does not count it either, so columns on line 1 match what users see.
public struct SourceLines: Sendable {
    /// Every scalar of the file (without the byte-order mark), line terminators included.
    public let scalars: [Unicode.Scalar]
    /// The half-open scalar range of each line, 0-based by line.
    public let lineRanges: [Range<Int>]

    public init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var ranges: [Range<Int>] = []
        var start = 0
        for index in scalars.indices where scalars[index] == "\n" {
            ranges.append(start..<Self.trimCarriageReturn(scalars, start, index))
            start = index + 1
        }
        if start < scalars.count { ranges.append(start..<Self.trimCarriageReturn(scalars, start, scalars.count)) }
        self.scalars = scalars
        self.lineRanges = ranges
    }

    private static func trimCarriageReturn(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        end > start && scalars[end - 1] == "\r" ? end - 1 : end
    }

    public var lineCount: Int { lineRanges.count }

    /// The text of a 1-based line, indexed from 0 like an array; empty past the end of the file.
    public func line(_ number: Int) -> Line {
        guard number >= 1, number <= lineRanges.count else { return Line(scalars[0..<0]) }
        return Line(scalars[lineRanges[number - 1]])
    }

    /// The scalar at a position, `\n` at a line end, nil past the end of the file.
    public func scalar(at position: SourcePosition) -> Unicode.Scalar? {
        guard position.line >= 1, position.line <= lineRanges.count else { return nil }
        let range = lineRanges[position.line - 1]
        let index = position.column - 1
        if index >= 0, index < range.count { return scalars[range.lowerBound + index] }
        if index == range.count, position.line < lineRanges.count { return "\n" }
        return nil
    }

    /// The position after `position`: the next column, or column 1 of the next line after a line end.
    public func advance(_ position: SourcePosition) -> SourcePosition {
        guard position.line >= 1, position.line <= lineRanges.count else { return position }
        if position.column - 1 >= lineRanges[position.line - 1].count {
            return SourcePosition(line: position.line + 1, column: 1)
        }
        return SourcePosition(line: position.line, column: position.column + 1)
    }

    /// Number of leading spaces of a 1-based line.
    public func indentation(ofLine number: Int) -> Int {
        line(number).prefix { $0 == " " }.count
    }

    /// True when a 1-based line holds only spaces and tabs (or is past the end of the file).
    public func isBlank(line number: Int) -> Bool {
        line(number).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Blanks inside a line: space, tab, CR, vertical tab, form feed.
    public static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }

    /// One line's scalars, indexed from 0 (a view into the file's storage, never a copy).
    public struct Line: RandomAccessCollection, Sendable {
        let base: ArraySlice<Unicode.Scalar>

        init(_ base: ArraySlice<Unicode.Scalar>) {
            self.base = base
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { base.count }
        public subscript(position: Int) -> Unicode.Scalar { base[base.startIndex + position] }

        /// The line as a string.
        public var text: String { String(String.UnicodeScalarView(base)) }
    }
}
