import NIOCore
import NIOPosix

/// One TCP connect, classified: refused, DNS failure or timeout — before any HTTP is sent.
///
/// AsyncHTTPClient retries refused connections until the request deadline, which would turn
/// "nothing listens there" into a vague timeout; a direct connect reports it at once.
package enum TCPConnector {
    /// nil when the connection opened (and was closed again).
    package static func check(host: String, port: Int, timeoutMilliseconds: Int) async -> Classification? {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.milliseconds(Int64(max(1, timeoutMilliseconds))))
        let endpoint = "\(host):\(port)"
        do {
            let channel = try await bootstrap.connect(host: host, port: port).get()
            try? await channel.close()
            return nil
        } catch let error as NIOConnectionError {
            if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
                return Classification(.dnsFailure, "cannot resolve \(host)")
            }
            let inner = error.connectionErrors.first.map { "\($0.error)" } ?? "\(error)"
            return classify(inner, endpoint: endpoint)
        } catch ChannelError.connectTimeout {
            return Classification(.timeout, "TCP connect to \(endpoint) timed out after \(timeoutMilliseconds) ms")
        } catch {
            return classify("\(error)", endpoint: endpoint)
        }
    }

    private static func classify(_ text: String, endpoint: String) -> Classification {
        let base = FailureClassifier.classify(errorText: text)
        switch base.cause {
        case .connectionRefused where FailureClassifier.looksLikeRefused(text.lowercased()):
            return Classification(
                .connectionRefused, "connection refused at \(endpoint) (nothing listens on that port)")
        case .timeout:
            return Classification(.timeout, "TCP connect to \(endpoint) timed out")
        default:
            return Classification(base.cause, "cannot connect to \(endpoint): \(text)")
        }
    }
}
