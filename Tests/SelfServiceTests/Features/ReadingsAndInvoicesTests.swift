import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

@Suite struct ConsumptionAnalysisTests {
    private func yearly(_ values: [(String, Decimal)]) -> [ReadingRecord] {
        values.enumerated().map { offset, entry in
            Fixtures.reading("r\(offset)", entry.0, index: 1000 + offset * 100, consumption: entry.1)
        }
    }

    @Test func aPeriodOverTwiceTheThreeYearAverageIsFlagged() throws {
        let readings = yearly([
            ("2022-09-01", 40), ("2023-09-03", 50), ("2024-08-30", 60), ("2025-09-01", 121),
        ])
        let periods = ConsumptionAnalysis.periods(of: readings)
        let latest = try #require(periods.first)
        #expect(latest.end == Fixtures.day("2025-09-01"))
        #expect(latest.threeYearAverage == 50)
        #expect(latest.previousYear == 60)
        #expect(latest.isOverconsumption)
    }

    @Test func exactlyTwiceTheAverageIsNotFlagged() throws {
        let readings = yearly([
            ("2022-09-01", 40), ("2023-09-01", 50), ("2024-09-01", 60), ("2025-09-01", 100),
        ])
        let latest = try #require(ConsumptionAnalysis.periods(of: readings).first)
        #expect(latest.threeYearAverage == 50)
        #expect(!latest.isOverconsumption)
    }

    @Test func withoutAnEarlierYearNothingIsFlaggedAndFewerYearsAverageWhatExists() throws {
        let lone = ConsumptionAnalysis.periods(of: yearly([("2025-09-01", 500)]))
        #expect(lone.first?.threeYearAverage == nil)
        #expect(lone.first?.isOverconsumption == false)
        let two = try #require(
            ConsumptionAnalysis.periods(of: yearly([("2024-09-10", 30), ("2025-09-01", 61)])).first)
        #expect(two.threeYearAverage == 30)
        #expect(two.isOverconsumption)
    }

    @Test func readingsFarFromTheAnniversaryAreNotTheSamePeriod() throws {
        // Semi-annual readings: March is not the same period as September.
        let readings = yearly([("2025-03-01", 10), ("2025-09-01", 100)])
        let latest = try #require(ConsumptionAnalysis.periods(of: readings).first)
        #expect(latest.previousYear == nil)
        #expect(!latest.isOverconsumption)
    }
}

@Suite struct InvoicesStateTests {
    @Test func statusFollowsTheFlagsByPrecedence() {
        #expect(Fixtures.invoice("a", "2026-01-01", ttc: 10).status == .aPayer)
        #expect(Fixtures.invoice("a", "2026-01-01", ttc: 10, solde: true).status == .payee)
        #expect(Fixtures.invoice("a", "2026-01-01", ttc: 10, solde: true, preleve: true).status == .prelevee)
        #expect(Fixtures.invoice("a", "2026-01-01", ttc: 10, preleve: true, annulee: true).status == .annulee)
        #expect(Fixtures.invoice("a", "2026-01-01", ttc: 10, avoir: true).status == .avoir)
    }

    @Test func totalsPerYearSkipCancelledInvoicesAndSubtractCreditNotes() {
        let invoices = [
            Fixtures.invoice("1", "2026-02-01", ttc: Decimal(string: "120.50")!, volume: 40),
            Fixtures.invoice("2", "2025-08-01", ttc: 100, volume: 30),
            Fixtures.invoice("3", "2025-02-01", ttc: Decimal(string: "80.25")!, volume: 25),
            Fixtures.invoice("4", "2025-03-01", ttc: 999, volume: 99, annulee: true),
            Fixtures.invoice("5", "2025-04-01", ttc: -20, volume: 5, avoir: true),
        ]
        let totals = InvoicesState.totals(of: invoices)
        #expect(totals.map(\.year) == [2026, 2025])
        #expect(totals[0].montantTTC == Decimal(string: "120.50")!)
        #expect(totals[1].montantTTC == Decimal(string: "160.25")!)
        #expect(totals[1].count == 3)
        #expect(totals[1].volume == 50)
    }

    @Test func instalmentsShowForThePayableInvoiceOnly() {
        var state = InvoicesState()
        state.list.items = [
            Fixtures.invoice("9", "2026-02-01", ttc: 150),
            Fixtures.invoice("8", "2025-08-01", ttc: 90, solde: true),
        ]
        state.payable = PayableInvoice(
            numeroFacture: "F9", netAPayer: 150, dueDate: nil,
            instalments: [Instalment(dueDate: nil, amount: 50), Instalment(dueDate: nil, amount: 100)])
        #expect(state.detailInstalments.count == 2)
        state.list.selection = 1
        #expect(state.detail?.id == "8")
        #expect(state.detailInstalments.isEmpty)
    }
}
