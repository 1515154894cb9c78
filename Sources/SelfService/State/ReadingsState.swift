/// The Relevés screen: readings newest first, paged as the user scrolls, and the chart.
public struct ReadingsState: Equatable, Sendable {
    /// The table.
    public var list = PagedList<ReadingRecord>()

    /// Creates an empty state.
    public init() {}

    /// The chart's periods (newest first), with the year-before comparison and the
    /// surconsommation flag, computed over the readings loaded so far.
    public var periods: [ConsumptionPeriod] { ConsumptionAnalysis.periods(of: list.items) }

    /// The newest reading.
    public var latest: ReadingRecord? { list.items.max { $0.date < $1.date } }
}
