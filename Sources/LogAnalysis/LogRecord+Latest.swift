extension LogRecord {
    /// The latest record in `lines` (oldest first) whose event/message is `name`, masked; nil
    /// when none is. For a one-off lookup; `LogAnalyzer.Options.trackedEvents` does it while
    /// analysing.
    public static func latest(
        event name: String, in lines: some BidirectionalCollection<String>, fields: LogFieldNames = LogFieldNames()
    ) -> LogRecord? {
        for line in lines.reversed() where line.contains(name) {
            if let record = parse(line, fields: fields), record.message == name { return record.masked() }
        }
        return nil
    }
}
