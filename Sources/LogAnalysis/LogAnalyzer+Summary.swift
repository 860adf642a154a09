import Foundation

extension LogAnalyzer {
    /// The summary of the lines read so far (an open trace is not included until `finish()`).
    public func currentSummary() -> LogSummary {
        var result = summary
        for (index, count) in levelCounts.enumerated() where count > 0 {
            result.levels[LogLevel.allCases[index]] = count
        }
        for (index, count) in shapeCounts.enumerated() where count > 0 {
            result.shapes[LogShape.allCases[index]] = count
        }
        result.errorGroups = groups.values.sorted { ($0.count, -$0.firstLine) > ($1.count, -$1.firstLine) }
            .prefix(options.maxReportedGroups).map { $0 }
        result.http = httpSummary()
        result.firstTimestamp = firstTimestamp.map { Date(timeIntervalSince1970: $0) }
        result.lastTimestamp = lastTimestamp.map { Date(timeIntervalSince1970: $0) }
        result.latestEvents = latestEvents.mapValues { $0.masked() }
        return result
    }

    private func httpSummary() -> HTTPSummary {
        var http = HTTPSummary()
        var serverErrors = 0
        for (status, count) in statusCounts.enumerated() where count > 0 {
            http.statuses[status] = count
            http.requestCount += count
            if status >= 500 { serverErrors += count }
        }
        http.serverErrorRate = http.requestCount > 0 ? Double(serverErrors) / Double(http.requestCount) : 0
        if histogram.count > 0, let p50 = histogram.quantile(0.5), let p95 = histogram.quantile(0.95),
            let p99 = histogram.quantile(0.99)
        {
            http.latency = LatencySummary(
                count: histogram.count, p50: p50, p95: p95, p99: p99, min: histogram.minimum, max: histogram.maximum,
                mean: histogram.sum / Double(histogram.count))
        }
        http.topFailingPaths = failingPaths.values.sorted { ($0.count, $1.path) > ($1.count, $0.path) }
            .prefix(options.maxReportedPaths).map { $0 }
        return http
    }
}
