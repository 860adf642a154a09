/// Fast conversion of scalar runs to `String` (the generic `UnicodeScalarView` path is slow on
/// megabyte inputs).
enum ScalarText {
    /// The scalars as a string.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
