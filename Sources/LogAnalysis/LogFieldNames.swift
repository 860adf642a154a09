/// The field names the analyzer reads, with any duration fields a plan adds.
public struct LogFieldNames: Sendable {
    let table: FieldTable

    /// - Parameter extraDurations: more duration fields, each with the milliseconds one bare
    ///   unit is worth (`["upstream_time": 1000]` for seconds).
    public init(extraDurations: [String: Double] = [:]) {
        table = FieldTable(extraDurations: extraDurations)
    }
}
