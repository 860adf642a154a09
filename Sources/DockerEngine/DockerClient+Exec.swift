import AsyncHTTPClient
import Foundation

extension DockerClient {
    /// Runs `options.cmd` in a running container without a TTY and collects its output.
    ///
    /// Steps: `POST /containers/{id}/exec`, `POST /exec/{id}/start` with `{"Detach":false,"Tty":false}`
    /// (dockerd then streams 8-byte-header frames until the process exits and closes the
    /// connection), then `GET /exec/{id}/json` for the exit code. On timeout the request is
    /// cancelled and the partial output returned; the process itself keeps running in the
    /// container, because the Engine API has no call to kill an exec.
    public func exec(in container: String, _ options: ExecOptions) async throws -> ExecResult {
        let clock = ContinuousClock()
        let started = clock.now
        let execID = try await createExec(in: container, options)
        let startBody = try encode(ExecStartRequest(detach: false, tty: false))
        let request = makeRequest(.POST, "/exec/\(Self.escape(execID))/start", body: startBody)
        let http = self.http
        let limit = options.outputLimit
        let timeout = options.timeout

        let outcome: ExecStreamOutcome
        do {
            outcome = try await withThrowingTaskGroup(of: ExecStreamOutcome?.self) { group in
                group.addTask {
                    let response = try await http.execute(request, timeout: .init(timeout))
                    let status = Int(response.status.code)
                    guard (200..<300).contains(status) else {
                        let body = try await response.body.collect(upTo: 1 << 20)
                        return ExecStreamOutcome(
                            failure: RawResponse(status: status, headers: response.headers, body: Array(buffer: body)))
                    }
                    return await ExecStreamOutcome.read(response.body, limit: limit)
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                // The first child to finish decides; a nil means the timer won.
                if let first = try await group.next(), let finished = first { return finished }
                // Cancelling the reader makes it return what it read so far.
                group.cancelAll()
                var partial = ExecStreamOutcome.empty
                while let next = try? await group.next() {
                    if let outcome = next { partial = outcome }
                }
                partial.timedOut = true
                return partial
            }
        } catch let error as DockerEngineError {
            throw error
        } catch {
            let mapped = mapTransportError(error, operation: "exec start", limit: timeout)
            if case DockerEngineError.timeout = mapped { return Self.timedOutResult(started: started) }
            throw mapped
        }
        if let failure = outcome.failure {
            try check(failure, notFound: .container(container))
        }
        if outcome.timedOut {
            return outcome.result(exitCode: nil, duration: clock.now - started)
        }
        let exitCode = try await inspectExec(execID)
        return outcome.result(exitCode: exitCode, duration: clock.now - started)
    }

    /// `POST /containers/{id}/exec` → exec id.
    func createExec(in container: String, _ options: ExecOptions) async throws -> String {
        struct Created: Decodable { let Id: String }
        let body = try encode(
            ExecCreateRequest(
                cmd: options.cmd, attachStdout: true, attachStderr: true,
                env: options.env, user: options.user, workingDir: options.workingDir))
        let raw = try await perform(
            .POST, "/containers/\(Self.escape(container))/exec", body: body,
            notFound: .container(container), operation: "exec create")
        return try decode(Created.self, raw).Id
    }

    /// `GET /exec/{id}/json` → exit code, nil while still running.
    func inspectExec(_ execID: String) async throws -> Int? {
        struct Inspect: Decodable {
            let Running: Bool
            let ExitCode: Int?
        }
        let raw = try await perform(.GET, "/exec/\(Self.escape(execID))/json", operation: "exec inspect")
        let inspect = try decode(Inspect.self, raw)
        return inspect.Running ? nil : inspect.ExitCode
    }

    private static func timedOutResult(started: ContinuousClock.Instant) -> ExecResult {
        ExecResult(exitCode: nil, stdout: "", stderr: "", timedOut: true, duration: ContinuousClock().now - started)
    }
}

/// `POST /containers/{id}/exec` body.
struct ExecCreateRequest: Encodable {
    let cmd: [String]
    let attachStdout: Bool
    let attachStderr: Bool
    let env: [String]?
    let user: String?
    let workingDir: String?

    enum CodingKeys: String, CodingKey {
        case cmd = "Cmd"
        case attachStdout = "AttachStdout"
        case attachStderr = "AttachStderr"
        case env = "Env"
        case user = "User"
        case workingDir = "WorkingDir"
    }
}

/// `POST /exec/{id}/start` body.
struct ExecStartRequest: Encodable {
    let detach: Bool
    let tty: Bool

    enum CodingKeys: String, CodingKey {
        case detach = "Detach"
        case tty = "Tty"
    }
}
