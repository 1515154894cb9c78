import Hummingbird
import Logging

/// The request context of the sandbox: Hummingbird's core storage plus the client's address
/// (the login rate limit counts failures per address).
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address, or "unknown".
    let remoteAddress: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
