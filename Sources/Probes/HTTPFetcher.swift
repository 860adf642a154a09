import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends one HTTP request from the host through the shared clients (redirects are not followed).
package struct HTTPFetcher: Sendable {
    /// Verifies certificates: for URL targets, which name the host the certificate must be for.
    package let client: HTTPClient
    /// Does not verify certificates: for container routes, where Shipshape picked the address
    /// (a published port, the container's IP), so no certificate can name it.
    package let containerClient: HTTPClient
    /// Bytes of body kept for conditions and excerpts.
    package static let bodyLimit = 256 * 1024

    /// Runs `body` with a fetcher whose two clients live exactly as long as it: they are shut down
    /// on every path out, thrown errors included.
    package static func with<T: Sendable>(
        connectTimeoutMilliseconds: Int, _ body: (HTTPFetcher) async throws -> T
    ) async throws -> T {
        let fetcher = HTTPFetcher(
            client: ProbeHTTPClient.make(connectTimeoutMilliseconds: connectTimeoutMilliseconds, verifyTLS: true),
            containerClient: ProbeHTTPClient.make(
                connectTimeoutMilliseconds: connectTimeoutMilliseconds, verifyTLS: false))
        do {
            let value = try await body(fetcher)
            await fetcher.shutdown()
            return value
        } catch {
            await fetcher.shutdown()
            throw error
        }
    }

    private func shutdown() async {
        try? await client.shutdown()
        try? await containerClient.shutdown()
    }

    package init(client: HTTPClient, containerClient: HTTPClient) {
        self.client = client
        self.containerClient = containerClient
    }

    /// The response, or a classified transport failure; `body` is sent as is.
    package func fetch(
        url: String, method: String, headers: [String: String], body: String? = nil, timeoutMilliseconds: Int,
        verifyTLS: Bool = true
    ) async -> Result<HTTPSnapshot, ClassifiedError> {
        var request = HTTPClientRequest(url: url)
        // Inferred: the method type lives in NIOHTTP1, which this target does not import.
        request.method = .init(rawValue: method.uppercased())
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let prepared = request
        let client = verifyTLS ? self.client : containerClient
        let started = ContinuousClock.now
        do {
            let snapshot = try await ProbeTimeout.run(timeoutMilliseconds) {
                let response = try await client.execute(prepared, timeout: .milliseconds(Int64(timeoutMilliseconds)))
                let body = try await response.body.collect(upTo: Self.bodyLimit * 4)
                var fields: [String: String] = [:]
                for header in response.headers where fields[header.name.lowercased()] == nil {
                    fields[header.name.lowercased()] = header.value
                }
                let text = String(decoding: body.readableBytesView.prefix(Self.bodyLimit), as: UTF8.self)
                return HTTPSnapshot(status: Int(response.status.code), headers: fields, body: text)
            }
            var result = snapshot
            result.durationMilliseconds = (ContinuousClock.now - started).wholeMilliseconds
            return .success(result)
        } catch is ProbeTimeout {
            return .failure(
                ClassifiedError(
                    Classification(.timeout, "no HTTP response from \(url) within \(timeoutMilliseconds) ms")))
        } catch {
            return .failure(ClassifiedError(Self.classify(error, url: url, timeout: timeoutMilliseconds)))
        }
    }

    package static func classify(_ error: any Error, url: String, timeout: Int) -> Classification {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout:
                return Classification(.timeout, "no HTTP response from \(url) within \(timeout) ms")
            case .remoteConnectionClosed:
                return closedWithoutAnswer(url)
            default: break
            }
        }
        // The peer accepted the connection and closed it before or while the request was written: Redis
        // drops a client that sends HTTP headers, so which of these comes first is a race.
        if let channelError = error as? ChannelError, [.ioOnClosedChannel, .eof].contains(channelError) {
            return closedWithoutAnswer(url)
        }
        if error is HTTPParserError {
            return Classification(
                .notHTTP, "\(url) answered, but not in HTTP",
                nextStep: "this port does not speak HTTP (a database or cache): probe it with tcp instead")
        }
        let base = FailureClassifier.classify(errorText: "\(error)")
        return Classification(base.cause, "\(url): \(base.message)")
    }

    private static func closedWithoutAnswer(_ url: String) -> Classification {
        Classification(
            .notHTTP, "\(url) accepted the connection, then closed it without an HTTP answer",
            nextStep:
                "on a published port Docker's proxy accepts even when nothing in the container listens: check that "
                + "the app listens on the container port it maps to (on 0.0.0.0); a database or cache does not speak "
                + "HTTP: probe it with tcp instead")
    }
}

/// A `Classification` carried as an `Error` through `Result`.
package struct ClassifiedError: Error, Sendable {
    package let classification: Classification
    package init(_ classification: Classification) { self.classification = classification }
}
