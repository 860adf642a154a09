/// Builds strings from scalar slices without the generic slow path (most Dockerfile text is ASCII).
enum ScalarString {
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy(\.isASCII) {
            return String(decoding: scalars.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
        }
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars)
        return String(string)
    }
}
