import Foundation
import OmegaClient

/// Finds subscribers for the counter. ``PartnerSubscriberDirectory`` is the real one.
public protocol SubscriberDirectory: Sendable {
    /// One page of matches for `request`.
    func search(_ request: SubscriberSearchRequest) async throws(ServiceFailure) -> SubscriberSearchPage
}

/// The search over the partner API (`GET partner/pconso` with Omega filters): the server
/// filters, counts and pages, and sees only the partner's communes.
public struct PartnerSubscriberDirectory: SubscriberDirectory {
    /// The partner API, signed with the agent in `ext`.
    public let api: PartnerAPI
    /// Where searches are recorded, with the agent, when set.
    public let audit: AuditLog?

    /// Creates the directory.
    public init(api: PartnerAPI, audit: AuditLog? = nil) {
        self.api = api
        self.audit = audit
    }

    public func search(_ request: SubscriberSearchRequest) async throws(ServiceFailure)
        -> SubscriberSearchPage
    {
        let page: Page<PointDeConsommation>
        do {
            page = try await api.pointsConso(request.query)
        } catch {
            throw ServiceFailure(error)
        }
        if let audit {
            let entry = AuditEntry(time: Date(), agent: api.agent ?? "", contract: "", action: "search")
            do { try audit.record(entry) } catch { throw CounterFailures.audit(error) }
        }
        let results = page.resources.compactMap { SubscriberSearchResult.make(point: $0, in: page.document) }
        return SubscriberSearchPage(
            results: results, number: request.page, total: page.total, hasNext: page.hasNext)
    }
}
