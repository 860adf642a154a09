#if canImport(Glibc)
    import Foundation
    import NIOCore
    import NIOHTTP1
    import NIOPosix
    import ShipshapeCore

    /// One HTTP/1.1 request over a socket opened inside a container's network namespace
    /// (see `NetworkNamespace`). AsyncHTTPClient cannot take a connected socket, so this speaks
    /// HTTP through NIO's own codec on the socket; plain HTTP only.
    package enum NamespaceHTTPFetcher {
        static func fetch(
            pid: Int, port: Int, path: String, method: String, headers: [String: String], timeoutMilliseconds: Int
        ) async -> Result<HTTPSnapshot, ClassifiedError> {
            let started = ContinuousClock.now
            let descriptor: Int32
            switch await NetworkNamespace.connect(pid: pid, port: port) {
            case .success(let value): descriptor = value
            case .failure(let error): return .failure(error)
            }
            let url = "http://127.0.0.1:\(port)\(path) in the container's network namespace"
            do {
                let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .withConnectedSocket(descriptor) { channel in
                        channel.eventLoop.makeCompletedFuture {
                            try channel.pipeline.syncOperations.addHTTPClientHandlers()
                            return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(
                                wrappingChannelSynchronously: channel)
                        }
                    }
                // Closing the channel at the deadline ends the exchange below, whatever the peer does.
                let deadline = channel.channel.eventLoop.scheduleTask(
                    in: .milliseconds(Int64(max(1, timeoutMilliseconds)))
                ) {
                    channel.channel.close(promise: nil)
                }
                defer { deadline.cancel() }
                var head = HTTPRequestHead(
                    version: .http1_1, method: HTTPMethod(rawValue: method.uppercased()), uri: path)
                head.headers.add(name: "Host", value: "127.0.0.1:\(port)")
                head.headers.add(name: "User-Agent", value: "shipshape")
                head.headers.add(name: "Connection", value: "close")
                for (name, value) in headers { head.headers.replaceOrAdd(name: name, value: value) }
                let requestHead = head
                var snapshot = try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(.head(requestHead))
                    try await outbound.write(.end(nil))
                    var status = 0
                    var fields: [String: String] = [:]
                    var body = ByteBuffer()
                    reading: for try await part in inbound {
                        switch part {
                        case .head(let response):
                            status = Int(response.status.code)
                            for (name, value) in response.headers where fields[name.lowercased()] == nil {
                                fields[name.lowercased()] = value
                            }
                        case .body(var chunk):
                            if body.readableBytes < HTTPFetcher.bodyLimit { body.writeBuffer(&chunk) }
                        case .end:
                            break reading
                        }
                    }
                    return HTTPSnapshot(status: status, headers: fields, body: String(buffer: body))
                }
                guard snapshot.status > 0 else {
                    let elapsed = (ContinuousClock.now - started).wholeMilliseconds
                    let cause: FailureCause = elapsed >= timeoutMilliseconds ? .timeout : .connectionRefused
                    return .failure(
                        ClassifiedError(
                            Classification(cause, "no HTTP response from \(url) within \(timeoutMilliseconds) ms")))
                }
                snapshot.durationMilliseconds = (ContinuousClock.now - started).wholeMilliseconds
                return .success(snapshot)
            } catch {
                let elapsed = (ContinuousClock.now - started).wholeMilliseconds
                if elapsed >= timeoutMilliseconds {
                    return .failure(
                        ClassifiedError(
                            Classification(.timeout, "no HTTP response from \(url) within \(timeoutMilliseconds) ms")))
                }
                return .failure(ClassifiedError(HTTPFetcher.classify(error, url: url, timeout: timeoutMilliseconds)))
            }
        }
    }
#endif
