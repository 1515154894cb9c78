import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

/// The consumption insight of Relevés, against figures computed by hand.
@Suite struct ConsumptionInsightTests {
    static func period(_ id: String, from start: String, to end: String, _ consumption: Decimal)
        -> ReadingRecord
    {
        ReadingRecord(
            id: id, date: Fixtures.day(end), index: 0, previousDate: Fixtures.day(start),
            consumption: consumption)
    }

    /// Three springs: 20 m³ in 100 days (2023), 25 m³ in 100 days (2024, leap year), then 30 m³
    /// in only 50 days (2025): 200, 250, then 600 L a day.
    static let springs = [
        period("a", from: "2023-01-01", to: "2023-04-11", 20),
        period("b", from: "2024-01-01", to: "2024-04-10", 25),
        period("c", from: "2025-02-20", to: "2025-04-11", 30),
        // Unusable: no start, no consumption, no length.
        ReadingRecord(id: "x", date: Fixtures.day("2022-04-11"), index: 0, consumption: 12),
        ReadingRecord(
            id: "y", date: Fixtures.day("2022-01-01"), index: 0, previousDate: Fixtures.day("2021-06-01"),
            consumption: nil),
        period("z", from: "2021-04-11", to: "2021-04-11", 3),
    ]

    @Test func litresPerDayOfEachPeriodNewestFirst() {
        let insight = ConsumptionInsight(readings: Self.springs, invoices: [])
        #expect(insight.periods.map(\.readingId) == ["c", "b", "a"])
        #expect(insight.periods.map(\.days) == [50, 100, 100])
        #expect(insight.periods.map(\.litresPerDay) == [600, 250, 200])
    }

    @Test func theDemoHousesLastPeriodIs316LitresADay() {
        // 54 m³ from 18/08/2025 to 05/02/2026: 13 + 30 + 31 + 30 + 31 + 31 + 5 = 171 days,
        // 54 000 / 171 = 315.8 L.
        let reading = Self.period("d", from: "2025-08-18", to: "2026-02-05", 54)
        let insight = ConsumptionInsight(readings: [reading], invoices: [])
        #expect(insight.periods.first?.days == 171)
        #expect(insight.periods.first?.litresPerDay == 316)
    }

    @Test func aPeriodFarAboveTheSamePeriodOfPreviousYearsIsSuspectedEvenBelowTheLegalFlag() {
        let insight = ConsumptionInsight(readings: Self.springs, invoices: [])
        // 2025 against (250 + 200) / 2 = 225 L a day: 600 ≥ 1.5 × 225 and 375 L above.
        let spring2025 = insight.periods[0]
        #expect(spring2025.usualLitresPerDay == 225)
        #expect(spring2025.isLeakSuspected)
        // 2024 against 200: 250 < 300, not suspected.
        #expect(insight.periods[1].usualLitresPerDay == 200)
        #expect(!insight.periods[1].isLeakSuspected)
        #expect(insight.periods[2].usualLitresPerDay == nil)
        #expect(insight.leak?.readingId == "c")
        // The legal flag compares volumes (the 2022 reading counts there): 30 m³ is not over
        // twice (25 + 20 + 12) / 3 = 19 m³.
        let legal = ConsumptionAnalysis.periods(of: Self.springs).first { $0.readingId == "c" }
        #expect(legal?.isOverconsumption == false)
    }

    @Test func aSmallHouseholdDoublingIsNotALeak() {
        #expect(!ConsumptionInsight.isLeakSuspected(litresPerDay: 90, usual: 40))
        #expect(ConsumptionInsight.isLeakSuspected(litresPerDay: 300, usual: 200))
        #expect(!ConsumptionInsight.isLeakSuspected(litresPerDay: 299, usual: 200))
        #expect(!ConsumptionInsight.isLeakSuspected(litresPerDay: 280, usual: 181))
    }

    @Test func thePriceIsTheLastYearsInvoicesTTCPerCubicMetre() {
        let invoices = [
            Fixtures.invoice("i3", "2025-03-01", ttc: 150, volume: 40),
            Fixtures.invoice("i2", "2024-09-01", ttc: 110, volume: 30),
            // Over a year before the newest: left out.
            Fixtures.invoice("i1", "2024-01-15", ttc: 999, volume: 10),
            // Cancelled, credit note, no volume: left out.
            Fixtures.invoice("c1", "2024-12-01", ttc: 500, volume: 50, annulee: true),
            Fixtures.invoice("c2", "2024-12-02", ttc: -20, volume: 5, avoir: true),
            Fixtures.invoice("c3", "2024-12-03", ttc: 40, volume: 0),
        ]
        let insight = ConsumptionInsight(readings: Self.springs, invoices: invoices)
        // (150 + 110) / (40 + 30) = 3.714… → 3.71 € per m³.
        #expect(insight.pricePerCubicMetre == Decimal(string: "3.71"))
        // The periods begun within a year of 11/04/2025: only 2025's, 30 m³ in 50 days → 219 m³.
        #expect(insight.yearlyVolume == 219)
        // 219 × 3.71 = 812.49 → 812 €.
        #expect(insight.yearlyCost == 812)
    }

    @Test func withoutInvoicesOrPeriodsThereIsNoEstimate() {
        let none = ConsumptionInsight(readings: [], invoices: [])
        #expect(
            none.periods.isEmpty && none.yearlyVolume == nil && none.yearlyCost == nil && none.leak == nil)
        let noPrice = ConsumptionInsight(readings: Self.springs, invoices: [])
        #expect(noPrice.yearlyVolume == 219 && noPrice.pricePerCubicMetre == nil && noPrice.yearlyCost == nil)
    }
}
