import Foundation
import Hummingbird
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The answers of ``ChaosMiddleware``: built from a real answer by wrapping its body.
enum ChaosResponses {
    /// Thrown once the connection is gone, so that nothing more is written to it.
    struct ConnectionDropped: Error {}

    /// The header naming the injected fault.
    static let header = HeaderName("Omega-Chaos") ?? .accept

    /// A 500, 502 or 503 (with `Retry-After: 1`) JSON:API error.
    static func serverError(_ fault: ChaosConfiguration.Fault) -> Response {
        let status: HTTPResponse.Status =
            switch fault {
            case .badGateway: .badGateway
            case .unavailable: .serviceUnavailable
            default: .internalServerError
            }
        var headers: HTTPFields = [header: fault.rawValue]
        if fault == .unavailable { headers[.retryAfter] = "1" }
        return JSONAPIResponse.error(
            APIError(
                status, title: status.reasonPhrase, detail: "injected by omega-sandbox --chaos",
                headers: headers))
    }

    /// `response` with the `Omega-Chaos` header.
    static func marked(_ response: Response, _ fault: ChaosConfiguration.Fault) -> Response {
        var response = response
        response.headers[header] = fault.rawValue
        return response
    }

    /// `response` whose body is written in `steps` pieces, `interval` apart.
    static func trickled(_ response: Response, interval: Duration, steps: Int) async throws -> Response {
        let body = try await bytes(of: response)
        var response = marked(response, .trickle)
        let piece = max(1, (body.readableBytes + steps - 1) / steps)
        response.body = ResponseBody(contentLength: body.readableBytes) { writer in
            var remaining = body
            while let slice = remaining.readSlice(length: min(piece, remaining.readableBytes)),
                slice.readableBytes > 0
            {
                try await writer.write(slice)
                if remaining.readableBytes > 0 { try await Task.sleep(for: interval) }
            }
            try await writer.finish(nil)
        }
        return response
    }

    /// `response` announced whole (`Content-Length`) but closed after half of its body.
    static func cut(_ response: Response, channel: any Channel) async throws -> Response {
        let body = try await bytes(of: response)
        var response = marked(response, .cut)
        response.body = ResponseBody(contentLength: body.readableBytes) { writer in
            if let half = body.getSlice(at: body.readerIndex, length: body.readableBytes / 2),
                half.readableBytes > 0
            {
                try await writer.write(half)
            }
            try? await channel.close()
            throw ConnectionDropped()
        }
        return response
    }

    /// Resets the connection (SO_LINGER 0, so the peer gets a TCP RST, not an orderly close).
    static func reset(_ channel: any Channel) async {
        if let socket = channel as? any SocketOptionProvider {
            try? await socket.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
        }
        try? await channel.close()
    }

    /// The whole body of an answer built in memory (every sandbox answer is).
    private static func bytes(of response: Response) async throws -> ByteBuffer {
        let collector = BodyCollector()
        try await response.body.write(collector)
        return collector.buffer
    }

    /// A body writer that keeps what it is given.
    private final class BodyCollector: ResponseBodyWriter {
        var buffer = ByteBuffer()

        func write(_ buffer: ByteBuffer) async throws {
            self.buffer.writeImmutableBuffer(buffer)
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
