import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

extension DockerClient {
    /// Turns NIO / AsyncHTTPClient failures into `DockerEngineError`s a user can act on.
    func mapTransportError(_ error: any Error, operation: String, limit: Duration) -> any Error {
        if error is DockerEngineError || error is CancellationError { return error }
        let endpoint = host.description
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .getConnectionFromPoolTimeout:
                return DockerEngineError.timeout(operation: operation, seconds: limit.seconds)
            case .cancelled:
                return CancellationError()
            default:
                return DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: "\(clientError)")
            }
        }
        if let ioError = error as? IOError {
            return Self.map(errno: ioError.errnoCode, endpoint: endpoint)
        }
        if let connectionError = error as? NIOConnectionError {
            if let first = connectionError.connectionErrors.first?.error as? IOError {
                return Self.map(errno: first.errnoCode, endpoint: endpoint)
            }
            return DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: "\(connectionError)")
        }
        if error is ChannelError {
            return DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: "\(error)")
        }
        return error
    }

    static func map(errno code: Int32, endpoint: String) -> DockerEngineError {
        if code == EACCES || code == EPERM { return .permissionDenied(endpoint: endpoint) }
        return .daemonUnreachable(endpoint: endpoint, reason: UnixSocketProbe.errnoText(code))
    }
}
