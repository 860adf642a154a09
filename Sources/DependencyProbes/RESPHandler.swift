import NIOCore

/// Matches Redis replies to the commands written, in order.
final class RESPHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = RESPRequest
    typealias OutboundOut = ByteBuffer

    private var buffer = ByteBuffer()
    private var pending = CircularBuffer<EventLoopPromise<RESPValue>>()

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        pending.append(request.reply)
        context.write(wrapOutboundOut(request.bytes), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        buffer.writeBuffer(&incoming)
        do {
            while let value = try RESPValue.read(from: &buffer) {
                guard let reply = pending.popFirst() else { continue }
                reply.succeed(value)
            }
            buffer.discardReadBytes()
        } catch {
            failAll(error)
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(DependencyProbesError.failed(.connectionFailed, "the server closed the connection"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(DependencyProbesError.failed(.connectionFailed, "connection error: \(error)"))
        context.close(promise: nil)
    }

    private func failAll(_ error: any Error) {
        while let reply = pending.popFirst() { reply.fail(error) }
    }
}

/// A command's bytes and the promise its reply fulfils.
struct RESPRequest: Sendable {
    let bytes: ByteBuffer
    let reply: EventLoopPromise<RESPValue>
}
