/// The Relevés screen: readings newest first, paged as the user scrolls, and the chart.
public struct ReadingsState: Equatable, Sendable {
    /// The table.
    public var list = PagedList<ReadingRecord>()

    /// An empty state.
    public init() {}

    /// The chart's periods (newest first), with the year-before comparison and the
    /// surconsommation flag, computed over the readings loaded so far.
    public var periods: [ConsumptionPeriod] { ConsumptionAnalysis.periods(of: list.items) }

    /// The newest reading.
    public var latest: ReadingRecord? { list.items.max { $0.date < $1.date } }
}

/// How readings are fetched, page by page, for a contract.
public enum ReadingPages: PageLoader {
    public static let list = ListKind.readings

    public static func page(_ number: Int, of contratId: String, from source: any SubscriberDataSource)
        async throws(ServiceFailure) -> RecordPage<ReadingRecord>
    {
        try await source.readings(contratId: contratId, page: number)
    }
}
