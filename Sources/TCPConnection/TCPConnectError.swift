import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#endif

/// Why a TCP connection could not be opened.
package struct TCPConnectError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// Nothing listens on that port (ECONNREFUSED).
        case refused
        /// The host name does not resolve.
        case dnsFailure
        /// No answer within the limit.
        case timedOut
        /// No route to the host or network.
        case unreachable
        /// Anything else; `detail` says what.
        case other
    }

    package var kind: Kind
    package var host: String
    package var port: Int
    package var limit: Duration
    /// The underlying error's text, for `.other` and `.unreachable`.
    package var detail: String

    package init(_ kind: Kind, host: String, port: Int, limit: Duration, detail: String = "") {
        self.kind = kind
        self.host = host
        self.port = port
        self.limit = limit
        self.detail = detail
    }

    /// `host:port`, with brackets around an IPv6 address.
    package var endpoint: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// The cause of a failed attempt from what NIO threw.
    package init(classifying error: any Error, host: String, port: Int, limit: Duration) {
        func make(_ kind: Kind, _ detail: String = "") -> TCPConnectError {
            TCPConnectError(kind, host: host, port: port, limit: limit, detail: detail)
        }
        switch error {
        case let error as NIOConnectionError:
            if let failure = error.connectionErrors.first?.error {
                self.init(classifying: failure, host: host, port: port, limit: limit)
            } else if error.dnsAError != nil || error.dnsAAAAError != nil {
                self = make(.dnsFailure)
            } else {
                self = make(.other, "\(error)")
            }
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: self = make(.refused)
            case ETIMEDOUT: self = make(.timedOut)
            case EHOSTUNREACH, ENETUNREACH: self = make(.unreachable, "\(error)")
            default: self = make(.other, "\(error)")
            }
        case ChannelError.connectTimeout: self = make(.timedOut)
        case is SocketAddressError: self = make(.dnsFailure)
        default: self = make(.other, "\(error)")
        }
    }
}
