import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

@Suite struct FormattingTests {
    @Test func amountsInFrenchGroupThousandsWithASpaceAndUseADecimalComma() {
        #expect(Formatting.amount(Decimal(string: "1234.56")!, in: .fr) == "1 234,56 €")
        #expect(Formatting.amount(Decimal(string: "73.4")!, in: .fr) == "73,40 €")
        #expect(Formatting.amount(Decimal(string: "1234567.891")!, in: .fr) == "1 234 567,89 €")
        #expect(Formatting.amount(Decimal(string: "-12.5")!, in: .fr) == "-12,50 €")
        #expect(Formatting.amount(0, in: .fr) == "0,00 €")
    }

    @Test func amountsInEnglishPutTheEuroFirst() {
        #expect(Formatting.amount(Decimal(string: "1234.56")!, in: .en) == "€1,234.56")
        #expect(Formatting.amount(Decimal(string: "-12.5")!, in: .en) == "-€12.50")
    }

    @Test func roundingIsCommercialHalfUp() {
        #expect(Formatting.amount(Decimal(string: "0.125")!, in: .fr) == "0,13 €")
        #expect(Formatting.amount(Decimal(string: "0.124")!, in: .fr) == "0,12 €")
    }

    @Test func volumesKeepDecimalsOnlyWhenPresent() {
        #expect(Formatting.volume(37, in: .fr) == "37 m³")
        #expect(Formatting.volume(Decimal(string: "1250")!, in: .fr) == "1 250 m³")
        #expect(Formatting.volume(Decimal(string: "2.50")!, in: .fr) == "2,5 m³")
        #expect(Formatting.volume(Decimal(string: "2.5")!, in: .en) == "2.5 m³")
    }

    @Test func datesAreDayMonthYearInFrenchAndIsoInEnglish() {
        let date = Fixtures.day("2009-10-20", hour: 23)
        #expect(Formatting.date(date, in: .fr) == "20/10/2009")
        #expect(Formatting.date(date, in: .en) == "2009-10-20")
        #expect(Formatting.dateTime(date, in: .fr) == "20/10/2009 23:00")
    }

    @Test func typedDatesAreParsedInParisTimeAndImpossibleOnesRejected() {
        #expect(Formatting.parseDate("20/10/2009") == Fixtures.day("2009-10-20"))
        #expect(Formatting.parseDate("2009-10-20") == Fixtures.day("2009-10-20"))
        #expect(Formatting.parseDate(" 1/2/2024 ") == Fixtures.day("2024-02-01"))
        #expect(Formatting.parseDate("31/02/2024") == nil)
        #expect(Formatting.parseDate("13/13/2024") == nil)
        #expect(Formatting.parseDate("hier") == nil)
        #expect(Formatting.parseDate("") == nil)
    }
}
