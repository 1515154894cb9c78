import Foundation

/// How a reading was obtained (`enum_crlv`).
public enum ReadingKind: Equatable, Sendable, Codable, Hashable {
    /// Read by the service (or the subscriber) on the meter.
    case reel
    /// Estimated by the service.
    case estime
    /// Sent by the subscriber.
    case autoReleve
    /// Read by radio.
    case radio
    /// Any other code, kept as sent.
    case autre(String)
}

/// One meter reading (`Partner_Releve`), newest first in lists.
public struct ReadingRecord: Equatable, Sendable, Identifiable {
    /// `releve_id`.
    public var id: String
    /// `dateni`: when the new index was read.
    public var date: Date
    /// `ni`: the new index.
    public var index: Int
    /// `dateai`: the date of the previous index, which starts the period.
    public var previousDate: Date?
    /// `consorlv`: consumption over the period, in m³.
    public var consumption: Decimal?
    /// `enum_crlv`.
    public var kind: ReadingKind
    /// `cpttour`: the meter rolled over.
    public var rollover: Bool
    /// `cptfuite`: a leak was reported.
    public var leak: Bool

    /// Creates a reading.
    public init(
        id: String, date: Date, index: Int, previousDate: Date? = nil, consumption: Decimal?,
        kind: ReadingKind = .reel, rollover: Bool = false, leak: Bool = false
    ) {
        self.id = id
        self.date = date
        self.index = index
        self.previousDate = previousDate
        self.consumption = consumption
        self.kind = kind
        self.rollover = rollover
        self.leak = leak
    }
}
