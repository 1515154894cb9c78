import Foundation

/// What one consumption period says once divided by its length: litres a day, and whether it
/// looks like a leak.
public struct PeriodInsight: Equatable, Sendable {
    /// The reading that closes the period.
    public var readingId: String
    /// The period's first day (the previous reading).
    public var start: Date
    /// The period's last day (the reading).
    public var end: Date
    /// Its length in days.
    public var days: Int
    /// The volume used, in m³.
    public var consumption: Decimal
    /// The average per day, in litres, rounded to the litre.
    public var litresPerDay: Int
    /// The average per day of the same period in the (up to three) previous years, in litres;
    /// nil when none is known.
    public var usualLitresPerDay: Int?
    /// Far above the same period of the previous years: see ``ConsumptionInsight/isLeakSuspected(litresPerDay:usual:)``.
    public var isLeakSuspected: Bool
}

/// The consumption insight of Relevés: litres a day for each period, the estimated yearly
/// volume and cost, and a leak suspicion, computed from the readings and invoices loaded.
public struct ConsumptionInsight: Equatable, Sendable {
    /// Each period whose length is known, newest first.
    public var periods: [PeriodInsight]
    /// The price of one m³, all charges included (TTC), from the last year of invoices.
    public var pricePerCubicMetre: Decimal?
    /// The volume of a year at the pace of the last year, in whole m³.
    public var yearlyVolume: Decimal?
    /// ``yearlyVolume`` at ``pricePerCubicMetre``, in whole euros.
    public var yearlyCost: Decimal?

    /// The newest period suspected of a leak, if any.
    public var leak: PeriodInsight? { periods.first(where: \.isLeakSuspected) }

    /// A period whose daily pace is at least this many times the usual one may hide a leak.
    public static let leakRatio: Decimal = 1.5
    /// …and at least this many litres a day above it (a small household doubling 40 L/day is
    /// not a leak).
    public static let leakMinimumExcess = 100
    /// The invoices of this many days before the newest one give the price.
    public static let priceWindowDays = 365

    /// The insight of `readings` (any order) and `invoices` (any order).
    public init(readings: [ReadingRecord], invoices: [InvoiceRecord]) {
        let measured = readings.compactMap(Self.measure).sorted { $0.end > $1.end }
        periods = measured.map { period in
            var insight = period
            let earlier = (1...3).compactMap { Self.samePeriod(yearsBefore: $0, of: period, in: measured) }
            if !earlier.isEmpty {
                let usual = Self.rounded(
                    Decimal(earlier.map(\.litresPerDay).reduce(0, +)) / Decimal(earlier.count))
                insight.usualLitresPerDay = usual
                insight.isLeakSuspected = Self.isLeakSuspected(
                    litresPerDay: period.litresPerDay, usual: usual)
            }
            return insight
        }
        pricePerCubicMetre = Self.price(of: invoices)
        yearlyVolume = Self.yearlyVolume(measured)
        if let volume = yearlyVolume, let price = pricePerCubicMetre {
            yearlyCost = Self.roundedDecimal(volume * price, scale: 0)
        }
    }

    /// Whether `litresPerDay` against the `usual` pace of the same period looks like a leak:
    /// at least ``leakRatio`` times it and ``leakMinimumExcess`` litres a day above it.
    public static func isLeakSuspected(litresPerDay: Int, usual: Int) -> Bool {
        Decimal(litresPerDay) >= leakRatio * Decimal(usual) && litresPerDay - usual >= leakMinimumExcess
    }

    /// The period of a reading that says its consumption and its start.
    static func measure(_ reading: ReadingRecord) -> PeriodInsight? {
        guard let consumption = reading.consumption, let start = reading.previousDate else { return nil }
        let days = Formatting.calendar.dateComponents([.day], from: start, to: reading.date).day ?? 0
        guard days > 0 else { return nil }
        return PeriodInsight(
            readingId: reading.id, start: start, end: reading.date, days: days, consumption: consumption,
            litresPerDay: rounded(consumption * 1000 / Decimal(days)), usualLitresPerDay: nil,
            isLeakSuspected: false)
    }

    /// The period ending closest to the anniversary `years` before, within the tolerance of
    /// ``ConsumptionAnalysis/matchingTolerance`` days.
    static func samePeriod(yearsBefore years: Int, of period: PeriodInsight, in periods: [PeriodInsight])
        -> PeriodInsight?
    {
        guard let anniversary = Formatting.calendar.date(byAdding: .year, value: -years, to: period.end)
        else {
            return nil
        }
        let tolerance = TimeInterval(ConsumptionAnalysis.matchingTolerance * 86_400)
        return
            periods
            .filter {
                $0.readingId != period.readingId && abs($0.end.timeIntervalSince(anniversary)) <= tolerance
            }
            .min { abs($0.end.timeIntervalSince(anniversary)) < abs($1.end.timeIntervalSince(anniversary)) }
    }

    /// Σ TTC / Σ m³ over the invoices of the year before the newest one (cancelled ones and
    /// credit notes left out), rounded to the cent; nil without a billed volume.
    static func price(of invoices: [InvoiceRecord]) -> Decimal? {
        let billed = invoices.filter { !$0.annulee && !$0.avoir && ($0.volume ?? 0) > 0 }
        guard let newest = billed.map(\.date).max() else { return nil }
        let since = newest.addingTimeInterval(-TimeInterval(priceWindowDays * 86_400))
        let year = billed.filter { $0.date > since }
        let volume = year.compactMap(\.volume).reduce(0, +)
        guard volume > 0 else { return nil }
        return roundedDecimal(year.map(\.montantTTC).reduce(0, +) / volume, scale: 2)
    }

    /// The periods that started within a year of the newest reading: their m³ a day × 365,
    /// to the whole m³.
    static func yearlyVolume(_ periods: [PeriodInsight]) -> Decimal? {
        guard let newest = periods.first?.end else { return nil }
        let since = newest.addingTimeInterval(-TimeInterval(365 * 86_400))
        let year = periods.filter { $0.start >= since }
        let days = year.map(\.days).reduce(0, +)
        guard days > 0 else { return nil }
        return roundedDecimal(year.map(\.consumption).reduce(0, +) * 365 / Decimal(days), scale: 0)
    }

    static func rounded(_ value: Decimal) -> Int {
        NSDecimalNumber(decimal: roundedDecimal(value, scale: 0)).intValue
    }

    static func roundedDecimal(_ value: Decimal, scale: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, .plain)
        return output
    }
}
