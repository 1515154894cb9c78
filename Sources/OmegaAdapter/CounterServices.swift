import Foundation
import OmegaClient
import SelfService

/// Everything the counter mode runs on, built once at start: the transport to the server,
/// the partner API signed with the agent, the directory (search and opening) and the audit
/// log.
public struct CounterServices: Sendable {
    /// The HTTP transport (shut it down when the program ends).
    public let transport: OmegaTransport
    /// The partner API, with `agent=<login>` in every Hawk `ext`.
    public let api: PartnerAPI
    /// The agent's login.
    public let agent: String
    /// The audit log, when configured.
    public let audit: AuditLog?

    /// Connects to `baseURL` (the API root, e.g. `http://127.0.0.1:8080/api/v1/`) as the
    /// partner of `credentials`, on behalf of `agent`.
    public init(
        baseURL: String, credentials: PartnerCredentials, agent: String, audit: AuditLog?,
        transport: OmegaTransport? = nil
    ) {
        let transport =
            transport
            ?? OmegaTransport(configuration: OmegaConfiguration(baseURL: baseURL, apiId: credentials.apiId))
        self.transport = transport
        self.agent = agent
        self.audit = audit
        self.api = PartnerAPI(
            transport: transport, signer: HawkSigner(credentials: credentials.hawk), agent: agent)
    }

    /// The search and the opening of subscribers.
    public var directory: PartnerCounterDirectory { PartnerCounterDirectory(api: api, audit: audit) }
}
