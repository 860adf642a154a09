import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A fully read response: status, headers and (capped) body bytes.
struct RawResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]
}

/// What a 404 means for the call that received it.
enum NotFoundMeaning: Sendable {
    case container(String)
    case image(String)
    /// 404 is an ordinary answer the caller inspects (e.g. archive stat: path absent).
    case passThrough
    case apiError
}

extension DockerClient {
    /// The largest non-streaming body accepted; inspect documents are a few KB.
    static let maxBodyBytes = 16 << 20

    /// Builds a request for `path` under the negotiated version (or unversioned for `/_ping`).
    func makeRequest(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [],
        body: Data? = nil, versioned: Bool = true
    ) -> HTTPClientRequest {
        let prefix = versioned && !apiVersion.isEmpty ? "/v\(apiVersion)" : ""
        var url = baseURL + prefix + path
        if !query.isEmpty {
            url += "?" + query.map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&")
        }
        var request = HTTPClientRequest(url: url)
        request.method = method
        // Over a unix socket AsyncHTTPClient sends no Host header and dockerd answers 400.
        request.headers.replaceOrAdd(name: "Host", value: "docker")
        request.headers.add(name: "User-Agent", value: "shipshape-docker-engine")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        return request
    }

    /// Sends a request and reads the whole body, all within `timeout`.
    func perform(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [],
        body: Data? = nil, versioned: Bool = true, notFound: NotFoundMeaning = .apiError,
        operation: String, timeout: Duration? = nil
    ) async throws -> RawResponse {
        let request = makeRequest(method, path, query: query, body: body, versioned: versioned)
        let limit = timeout ?? requestTimeout
        let http = self.http
        let isHead = method == .HEAD
        let raw: RawResponse
        do {
            raw = try await Deadline.run(operation, limit: limit) {
                let response = try await http.execute(request, timeout: .init(limit))
                // HEAD answers advertise a Content-Length but carry no bytes.
                let bytes = isHead ? ByteBuffer() : try await response.body.collect(upTo: Self.maxBodyBytes)
                return RawResponse(
                    status: Int(response.status.code), headers: response.headers, body: Array(buffer: bytes))
            }
        } catch {
            throw mapTransportError(error, operation: operation, limit: limit)
        }
        try check(raw, notFound: notFound)
        return raw
    }

    /// Sends a request and returns once the response head arrived, leaving the body to stream.
    func open(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [],
        body: Data? = nil, notFound: NotFoundMeaning = .apiError, operation: String
    ) async throws -> HTTPClientResponse {
        let request = makeRequest(method, path, query: query, body: body)
        let response: HTTPClientResponse
        do {
            response = try await http.execute(request, timeout: .init(requestTimeout))
        } catch {
            throw mapTransportError(error, operation: operation, limit: requestTimeout)
        }
        let status = Int(response.status.code)
        if !(200..<300).contains(status) {
            let bytes = (try? await response.body.collect(upTo: 1 << 20)).map { Array(buffer: $0) } ?? []
            try check(RawResponse(status: status, headers: response.headers, body: bytes), notFound: notFound)
        }
        return response
    }

    /// Throws the matching `DockerEngineError` for a non-2xx status.
    func check(_ raw: RawResponse, notFound: NotFoundMeaning) throws(DockerEngineError) {
        guard !(200..<300).contains(raw.status) else { return }
        if raw.status == 404 {
            switch notFound {
            case .container(let id): throw .containerNotFound(id)
            case .image(let reference): throw .imageNotFound(reference)
            case .passThrough: return
            case .apiError: break
            }
        }
        throw .apiError(status: raw.status, message: Self.errorMessage(raw.body))
    }

    /// dockerd's `{"message": "..."}` body, or the raw text when it is not JSON.
    static func errorMessage(_ body: [UInt8]) -> String {
        struct Message: Decodable { let message: String }
        if let decoded = try? JSONDecoder().decode(Message.self, from: Data(body)) {
            return decoded.message
        }
        let text = String(decoding: body.prefix(4096), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.first == "<" {
            // A web server's page, not dockerd's JSON: say so instead of printing the page.
            return
                "the server answered with an HTML page, not as a Docker Engine: does DOCKER_HOST point at the Docker daemon?"
        }
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.isEmpty ? "(no message)" : String(line.prefix(300))
    }

    /// Decodes a JSON body, reporting what failed to decode.
    func decode<T: Decodable>(_ type: T.Type, _ raw: RawResponse) throws(DockerEngineError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(raw.body))
        } catch {
            throw .invalidResponse("cannot decode \(T.self): \(error)")
        }
    }

    /// Encodes a request body.
    func encode(_ value: some Encodable) throws(DockerEngineError) -> Data {
        do {
            return try JSONEncoder().encode(value)
        } catch {
            throw .invalidResponse("cannot encode request: \(error)")
        }
    }

    /// Percent-encodes a query component (everything but RFC 3986 unreserved characters).
    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
