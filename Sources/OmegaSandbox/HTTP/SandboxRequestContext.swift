import Hummingbird
import HummingbirdAuth
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

/// The context of a group of routes behind an authenticator: the sandbox's context plus the
/// identity the authenticator found (nil until then), as hummingbird-auth's middleware expect.
struct AuthenticatedRequestContext<Identity: Sendable>: ChildRequestContext, AuthRequestContext {
    var coreContext: CoreRequestContextStorage
    var identity: Identity?

    init(context: SandboxRequestContext) {
        coreContext = context.coreContext
        identity = nil
    }
}
