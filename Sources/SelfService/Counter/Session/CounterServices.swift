import Foundation
import OmegaClient

/// Everything the counter mode runs on, built once at start: the transport to the server,
/// the partner API signed with the agent, the subscriber search and the audit log.
///
/// Opening a subscriber gives a fresh ``StoreEnvironment`` (data source scoped to that
/// subscriber, drafts in memory only); leaving it means dropping that environment and its
/// store, so nothing of one subscriber remains for the next.
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

    /// The subscriber search.
    public var directory: PartnerSubscriberDirectory { PartnerSubscriberDirectory(api: api, audit: audit) }

    /// The data source of the subscriber of `result`; nil when it has no active contract.
    /// Records `open` in the audit log.
    public func open(_ result: SubscriberSearchResult) throws(ServiceFailure) -> CounterDataSource? {
        guard let subject = CounterSubject(result) else { return nil }
        let source = CounterDataSource(api: api, subject: subject, audit: audit)
        try source.record("open")
        return source
    }

    /// The store environment of an opened subscriber: its data source and in-memory drafts.
    public func environment(for source: CounterDataSource, context: ReducerContext = .live)
        -> StoreEnvironment
    {
        StoreEnvironment(account: nil, dataSource: source, drafts: InMemoryDraftStore(), context: context)
    }

    /// The header line: "Guichet — agent <login> — pour <name, contract>" (or English).
    public static func headerLine(agent: String, subject: CounterSubject?, language: Language) -> String {
        let counter = language == .fr ? "Guichet" : "Counter"
        let forWord = language == .fr ? "pour" : "for"
        var parts = ["\(counter) — agent \(agent)"]
        if let subject {
            let name =
                subject.nom.isEmpty ? subject.numeroContrat : "\(subject.nom), \(subject.numeroContrat)"
            parts.append("\(forWord) \(name)")
        }
        return parts.joined(separator: " — ")
    }
}
