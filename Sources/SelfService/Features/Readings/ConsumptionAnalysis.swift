import Foundation

/// One consumption period of the Relevés chart: what it used, the same period a year before,
/// and whether it crosses the legal "surconsommation" threshold.
public struct ConsumptionPeriod: Equatable, Sendable {
    /// The reading that closes the period.
    public var readingId: String
    /// When the period ends (the reading date).
    public var end: Date
    /// The volume used, in m³.
    public var consumption: Decimal
    /// The volume of the same period one year before, when it is loaded.
    public var previousYear: Decimal?
    /// The average of the same period over the (up to) three previous years, when any is loaded.
    public var threeYearAverage: Decimal?
    /// Over twice `threeYearAverage`: the "surconsommation" threshold (loi Warsmann).
    public var isOverconsumption: Bool
}

/// Computes consumption periods from readings.
///
/// "The same period N years before" is the reading whose date is closest to this one's date
/// minus N years, within `matchingTolerance` days; readings without a consumption are skipped.
/// The threshold uses the periods found among the three previous years (at least one is needed;
/// with none, nothing is flagged, since there is nothing to compare with).
public enum ConsumptionAnalysis {
    /// How far (in days) a reading may sit from the exact anniversary and still count.
    public static let matchingTolerance = 45

    /// The periods of `readings` (any order), newest first.
    public static func periods(of readings: [ReadingRecord]) -> [ConsumptionPeriod] {
        let measured = readings.compactMap { reading -> (ReadingRecord, Decimal)? in
            reading.consumption.map { (reading, $0) }
        }
        .sorted { $0.0.date > $1.0.date }
        return measured.map { reading, consumption in
            let earlier = (1...3).compactMap { years in
                samePeriod(yearsBefore: years, of: reading, in: measured)
            }
            let average = earlier.isEmpty ? nil : earlier.reduce(0, +) / Decimal(earlier.count)
            return ConsumptionPeriod(
                readingId: reading.id,
                end: reading.date,
                consumption: consumption,
                previousYear: samePeriod(yearsBefore: 1, of: reading, in: measured),
                threeYearAverage: average,
                isOverconsumption: average.map { consumption > 2 * $0 } ?? false
            )
        }
    }

    /// The average consumption per day over the readings that say both their consumption and
    /// the start of their period, in m³; nil without any.
    public static func dailyAverage(of readings: [ReadingRecord]) -> Decimal? {
        var volume: Decimal = 0
        var days = 0
        for reading in readings {
            guard let consumption = reading.consumption, let start = reading.previousDate else { continue }
            let length = Formatting.calendar.dateComponents([.day], from: start, to: reading.date).day ?? 0
            guard length > 0 else { continue }
            volume += consumption
            days += length
        }
        return days > 0 ? volume / Decimal(days) : nil
    }

    private static func samePeriod(
        yearsBefore years: Int, of reading: ReadingRecord, in measured: [(ReadingRecord, Decimal)]
    ) -> Decimal? {
        let calendar = Formatting.calendar
        guard let anniversary = calendar.date(byAdding: .year, value: -years, to: reading.date) else {
            return nil
        }
        let tolerance = TimeInterval(matchingTolerance * 86_400)
        let candidates = measured.filter { candidate, _ in
            candidate.id != reading.id && abs(candidate.date.timeIntervalSince(anniversary)) <= tolerance
        }
        let closest = candidates.min {
            abs($0.0.date.timeIntervalSince(anniversary)) < abs($1.0.date.timeIntervalSince(anniversary))
        }
        return closest?.1
    }
}
