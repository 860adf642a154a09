import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS
import ShipshapeCore

/// Checks the certificate an https endpoint presents: chain verified against the system trust
/// store for the host name, and days until it expires.
enum TLSInspector {
    /// Fewer days left than this warns.
    static let warningDays = 14

    static func check(host: String, port: Int, subject: String, timeoutMilliseconds: Int) async -> DiagnosisCheck {
        let name = "tls \(host):\(port)"
        let verified = await handshake(host: host, port: port, verify: true, timeoutMilliseconds: timeoutMilliseconds)
        let certificate: NIOSSLCertificate?
        var verificationError: String?
        switch verified {
        case .success(let presented): certificate = presented
        case .failure(let error):
            verificationError = describe(error)
            // Look at the certificate anyway, to say what is wrong with it.
            certificate = try? await handshake(
                host: host, port: port, verify: false, timeoutMilliseconds: timeoutMilliseconds
            ).get()
            if certificate == nil {
                return DiagnosisCheck(
                    section: .endpoints, subject: subject, name: name, status: .fail, cause: .tlsCertificate,
                    message: "no TLS handshake with \(host):\(port): \(verificationError ?? "unknown error")",
                    commands: ["openssl s_client -connect \(host):\(port) -servername \(host) </dev/null"])
            }
        }
        let expires = certificate.map { Date(timeIntervalSince1970: TimeInterval($0.notValidAfter)) }
        let days = expires.map { Int(($0.timeIntervalSinceNow / 86_400).rounded(.down)) }
        var evidence: [CheckResult.Evidence] = []
        if let expires { evidence.append(.init("expires", ISO8601DateFormatter().string(from: expires))) }
        let command =
            "openssl s_client -connect \(host):\(port) -servername \(host) </dev/null | openssl x509 -noout -dates -issuer -subject"
        if let verificationError {
            let expiry = days.map { $0 < 0 ? ", expired \(-$0) days ago" : ", expires in \($0) days" } ?? ""
            return DiagnosisCheck(
                section: .endpoints, subject: subject, name: name, status: .fail, cause: .tlsCertificate,
                message: "certificate not trusted for \(host): \(verificationError)\(expiry)", evidence: evidence,
                nextStep:
                    "serve the full chain (leaf + intermediates) for this host name from a trusted CA, and renew it before it expires",
                commands: [command])
        }
        if let days, days < warningDays {
            return DiagnosisCheck(
                section: .endpoints, subject: subject, name: name, status: .warn, cause: .tlsCertificate,
                message: "certificate valid, but expires in \(days) days", evidence: evidence,
                nextStep: "renew the certificate (certbot renew, or check the ACME client's logs)", commands: [command])
        }
        return DiagnosisCheck(
            section: .endpoints, subject: subject, name: name, status: .pass,
            message: "chain trusted for \(host)" + (days.map { ", expires in \($0) days" } ?? ""), evidence: evidence)
    }

    static func describe(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            return
                "the chain does not verify (self-signed, unknown issuer, missing intermediate, wrong host name or expired)"
        }
        return text
    }

    /// The peer's leaf certificate after a completed handshake.
    static func handshake(host: String, port: Int, verify: Bool, timeoutMilliseconds: Int) async -> Result<
        NIOSSLCertificate?, any Error
    > {
        let group = MultiThreadedEventLoopGroup.singleton
        // Every path completes the promise: NIO reports a promise dropped unfulfilled.
        let promise = group.next().makePromise(of: Void.self)
        do {
            var configuration = TLSConfiguration.makeClientConfiguration()
            if !verify { configuration.certificateVerification = .none }
            let context = try NIOSSLContext(configuration: configuration)
            let isAddress = host.contains(":") || host.allSatisfy { $0.isNumber || $0 == "." }
            let serverName: String? = isAddress ? nil : host
            let bootstrap = ClientBootstrap(group: group)
                .connectTimeout(.milliseconds(Int64(max(1, timeoutMilliseconds))))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let tls = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                        try channel.pipeline.syncOperations.addHandler(tls)
                        try channel.pipeline.syncOperations.addHandler(HandshakeWatcher(promise: promise))
                    }
                }
            let channel = try await bootstrap.connect(host: host, port: port).get()
            do {
                try await withThrowingTaskGroup(of: Void.self) { tasks in
                    tasks.addTask { try await promise.futureResult.get() }
                    tasks.addTask {
                        try await Task.sleep(for: .milliseconds(max(1, timeoutMilliseconds)))
                        throw ChannelError.connectTimeout(.milliseconds(Int64(timeoutMilliseconds)))
                    }
                    defer { tasks.cancelAll() }
                    try await tasks.next()
                }
                let certificate = try await channel.nioSSL_peerCertificate().get()
                try? await channel.close()
                return .success(certificate)
            } catch {
                promise.fail(error)
                try? await channel.close()
                return .failure(error)
            }
        } catch {
            promise.fail(error)
            return .failure(error)
        }
    }
}

/// Completes a promise when the TLS handshake finished or failed.
private final class HandshakeWatcher: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let promise: EventLoopPromise<Void>
    private var done = false

    init(promise: EventLoopPromise<Void>) { self.promise = promise }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? TLSUserEvent, case .handshakeCompleted = event { finish(nil) }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(ChannelError.eof)
        context.fireChannelInactive()
    }

    private func finish(_ error: (any Error)?) {
        guard !done else { return }
        done = true
        if let error { promise.fail(error) } else { promise.succeed(()) }
    }
}
