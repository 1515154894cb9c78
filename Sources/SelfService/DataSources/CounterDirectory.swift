/// The counter's side of the service: finding subscribers and opening one (the audit log
/// records both). The adapter implements it over the partner API.
public protocol CounterDirectory: Sendable {
    /// One page of matches for `request`.
    func search(_ request: SubscriberSearchRequest) async throws(ServiceFailure) -> SubscriberSearchPage
    /// The data source of the subscriber of `result`, scoped to that subscriber alone.
    func open(_ subject: CounterSubject) async throws(ServiceFailure) -> any SubscriberDataSource
}
