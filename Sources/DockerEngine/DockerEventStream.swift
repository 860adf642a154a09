import AsyncHTTPClient
import Foundation
import NIOCore

/// The live `GET /events` stream as an `AsyncSequence` of decoded events.
///
/// The HTTP request is already open when this value exists (see `DockerClient.events`), so no
/// event between subscribing and iterating is lost. Cancelling the iterating task cancels the
/// request; the stream ends normally when `until` passes or the daemon closes it.
public struct DockerEventStream: AsyncSequence, Sendable {
    public typealias Element = DockerEvent

    let body: HTTPClientResponse.Body

    public func makeAsyncIterator() -> Iterator {
        Iterator(bodyIterator: body.makeAsyncIterator())
    }

    /// Pulls network chunks and yields one event per JSON line.
    public struct Iterator: AsyncIteratorProtocol {
        var bodyIterator: HTTPClientResponse.Body.AsyncIterator
        var splitter = LineSplitter()
        var ready: [DockerEvent] = []
        var finished = false

        public mutating func next() async throws -> DockerEvent? {
            while ready.isEmpty {
                if finished { return nil }
                guard let chunk = try await bodyIterator.next() else {
                    finished = true
                    if let rest = splitter.finish() { try decode(rest) }
                    continue
                }
                for line in splitter.feed(chunk.readableBytesView) { try decode(line) }
            }
            return ready.removeFirst()
        }

        private mutating func decode(_ line: [UInt8]) throws {
            guard line.contains(where: { $0 > 32 }) else { return }
            do {
                ready.append(try JSONDecoder().decode(DockerEvent.self, from: Data(line)))
            } catch {
                throw DockerEngineError.invalidResponse("bad event line: \(String(decoding: line, as: UTF8.self))")
            }
        }
    }
}
