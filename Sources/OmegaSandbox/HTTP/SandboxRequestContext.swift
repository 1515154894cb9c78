import Hummingbird
import Logging
import NIOCore

/// The request context of the sandbox: Hummingbird's core storage, the client's address
/// (the login rate limit counts failures per address) and the connection (chaos faults cut
/// or reset it). Authenticated groups derive their contexts from it
/// (``SubscriberRequestContext``, ``PartnerRequestContext``).
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address, or "unknown".
    let remoteAddress: String
    /// The connection the request came on.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
        channel = source.channel
    }
}
