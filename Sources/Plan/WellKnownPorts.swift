/// Ports whose protocol is known without asking the service.
public enum WellKnownPorts {
    /// Well-known ports of protocols other than HTTP (databases, caches, brokers, mail, ssh): a probe
    /// of one of them is a TCP connect, never an HTTP request.
    public static let nonHTTP: Set<Int> = [
        21, 22, 25, 53, 110, 143, 389, 445, 465, 587, 993, 995, 1433, 1521, 1883, 2181, 3306, 3307, 4222, 5432, 5433,
        5671, 5672, 6379, 6380, 7000, 7001, 8883, 9042, 9092, 9093, 9300, 11211, 26379, 27017, 27018, 61616,
    ]
}
