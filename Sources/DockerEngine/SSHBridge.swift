/// Placeholder until the ssh transport lands.
actor SSHBridge {
    nonisolated let socketPath: String
    init(socketPath: String) { self.socketPath = socketPath }
    static func start(user: String?, host: String, port: Int?) async throws -> SSHBridge {
        throw DockerEngineError.sshTransportFailed("not implemented")
    }
    func stop() async {}
}
