#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a host name or address literal points, judged without a DNS lookup.
///
/// IPv4 literals are read as the C library reads them (`inet_aton`), so `2130706433` and
/// `0x7f.1` are the loopback they connect to; IPv4-mapped IPv6 takes its IPv4 scope.
public enum AddressScope: String, Sendable, Equatable {
    case loopback
    case privateNetwork = "private"
    case linkLocal = "link-local"
    case unspecified
    /// A public address, or a DNS name (not resolved).
    case publicOrName = "public"

    public var isInternal: Bool { self != .publicOrName }

    public static func of(host rawHost: String) -> AddressScope {
        var host = rawHost.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.hasSuffix(".") { host = String(host.dropLast()) }
        if host == "localhost" || host.hasSuffix(".localhost") { return .loopback }
        var v4 = in_addr()
        if inet_aton(host, &v4) != 0 { return scope(ipv4: UInt32(bigEndian: v4.s_addr)) }
        var v6 = in6_addr()
        let zoneless = String(host.split(separator: "%", maxSplits: 1).first ?? "")
        guard inet_pton(AF_INET6, zoneless, &v6) == 1 else { return .publicOrName }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        return scope(ipv6: bytes)
    }

    static func scope(ipv4 address: UInt32) -> AddressScope {
        let first = address >> 24
        let second = (address >> 16) & 0xFF
        switch first {
        case 0: return .unspecified
        case 127: return .loopback
        case 10: return .privateNetwork
        case 100 where (64...127).contains(second): return .privateNetwork  // carrier-grade NAT
        case 169 where second == 254: return .linkLocal
        case 172 where (16...31).contains(second): return .privateNetwork
        case 192 where second == 168: return .privateNetwork
        default: return .publicOrName
        }
    }

    static func scope(ipv6 bytes: [UInt8]) -> AddressScope {
        if bytes.allSatisfy({ $0 == 0 }) { return .unspecified }
        if bytes[0..<15].allSatisfy({ $0 == 0 }), bytes[15] == 1 { return .loopback }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
            let v4 = bytes[12..<16].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            return scope(ipv4: v4)
        }
        if bytes[0] & 0xFE == 0xFC { return .privateNetwork }
        if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0x80 { return .linkLocal }
        return .publicOrName
    }
}
