import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite @MainActor struct ReadingsScreenTests {
    @Test(arguments: [(80, 24), (132, 43)])
    func readingsAreListedNewestFirstInFrenchFormats(columns: Int, rows: Int) async throws {
        // 45 readings on the server: the first pages fill the table with 40 of them.
        let subscriber = TestData.subscriber { $0.readings = TestData.longHistory }
        let canvas = try await TestData.after([.character("r")], subscriber: subscriber)
            .render(columns: columns, rows: rows)
        let header = try #require(canvas.rows.firstIndex { $0.contains("Date") && $0.contains("Index") })
        #expect(canvas.rows[header].contains("Conso."))
        #expect(canvas.rows[header].contains("Type"))
        #expect(canvas.rows[header].contains("Alertes"))
        let first = canvas.rows[header + 1]
        #expect(first.contains("01/03/2026"))
        #expect(first.contains("1 350"))
        #expect(first.contains("100 m³"))
        #expect(first.contains("réel"))
        #expect(first.contains("fuite"))
        #expect(first.contains("surconso."))
        #expect(canvas.rows[header + 2].contains("01/09/2025"))
        #expect(canvas.rows[header + 2].contains("estimé"))
        #expect(canvas.rows[header + 3].contains("tour"))
        #expect(canvas.text.contains("40 relevés sur 45"))
        // The selected (first) row is drawn selected.
        let date = try #require(canvas.find("01/03/2026"))
        #expect(canvas.style(at: date)?.role == .selected)
    }

    @Test func theChartComparesWithAYearBeforeAndFlagsOverconsumption() async throws {
        let canvas = try await TestData.after([.character("r")]).render(columns: 132, rows: 43)
        let text = canvas.text
        #expect(text.contains("5 relevés"))
        #expect(text.contains("Consommation par période"))
        // 100 m³ against 40 m³ a year before: over twice the average of the previous years.
        #expect(text.contains("01/03/2026  100 m³  (40 m³)  ! surconso."))
        #expect(text.contains("Surconsommation : période au-delà du double"))
        #expect(text.contains("▁") || text.contains("█"))
    }

    /// Issue 12: the chart follows the selected reading (its marker above the bars and the
    /// legend's ▸), and its axis says years in full ("2024  2025", never "24 25" or "26 26").
    @Test func theChartFollowsTheSelectedReadingAndNamesItsYears() async throws {
        let driver = try await Demo.after([.character("r")])
        let before = driver.render(columns: 132, rows: 43)
        #expect(before.text.contains("▸ 05/02/2026"), "\(before.text)")
        #expect(before.text.contains("2024  2025"), "\(before.text)")
        let marker = { (canvas: GridCanvas) in canvas.rows.first { $0.contains("▼") } }
        driver.press(.down)
        let after = driver.render(columns: 132, rows: 43)
        #expect(after.text.contains("▸ 18/08/2025"), "\(after.text)")
        #expect(!after.text.contains("▸ 05/02/2026"))
        #expect(marker(before) != nil && marker(before) != marker(after), "the chart's marker did not move")
    }

    @Test func thePeriodsBesideTheChartTurnAPageAtATime() async throws {
        let driver = try await Demo.after([.character("r")])
        // At 80x24 four periods fit beside the chart (the snapshot releves-80x24).
        let dates = { (canvas: GridCanvas) in
            canvas.rows.suffix(6).compactMap { row in
                row.firstRange(of: #/\d\d/\d\d/\d{4}  /#).map {
                    String(row[$0]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        let first = driver.render(columns: 80, rows: 24)
        driver.press(.down)
        let second = driver.render(columns: 80, rows: 24)
        // A Down inside the page moves the mark only: the same four periods, in place.
        #expect(dates(first).count == 4, "\(first.text)")
        #expect(dates(second) == dates(first), "\(second.text)")
        #expect(second.text.contains("▸ 18/08/2025"), "\(second.text)")
        for _ in 0..<3 { driver.press(.down) }
        // The fifth period starts the next page.
        let next = driver.render(columns: 80, rows: 24)
        #expect(dates(next).first == "08/02/2024", "\(next.text)")
        #expect(Set(dates(next)).isDisjoint(with: dates(first)), "\(next.text)")
    }

    @Test func aFilterKeepsTheMatchingRowsOnly() async throws {
        let driver = try await TestData.after([.character("r")])
        driver.press(.character("/"))
        driver.type("estimé")
        driver.press(.enter)
        #expect(!driver.ui.isEditingFilter)
        let canvas = driver.render()
        #expect(canvas.find("01/09/2025") != nil)
        #expect(!canvas.rows.contains { $0.contains("1 350") })
        #expect(canvas.text.contains("Filtre « estimé »"))
        // The count follows the filter: the rows shown out of the rows loaded.
        #expect(canvas.rows[1].contains("1 relevé sur "), "\(canvas.rows[1])")
    }
}

@Suite @MainActor struct InvoicesScreenTests {
    @Test(arguments: [(80, 24), (132, 43)])
    func invoicesShowEveryStatusInFrenchWithDetailAndYearTotals(columns: Int, rows: Int) async throws {
        let canvas = try await TestData.after([.character("f")]).render(columns: columns, rows: rows)
        let text = canvas.text
        for status in ["à payer", "payée", "prélevée", "annulée", "avoir"] {
            #expect(text.contains(status), "status \(status)")
        }
        let row = canvas.rows.first { $0.contains("F2026-02") } ?? ""
        #expect(row.contains("10/02/2026"))
        #expect(row.contains("12/03/2026"))
        #expect(row.contains("1 234,56 €"))
        #expect(canvas.style(at: canvas.find("F2026-02") ?? .zero)?.role == .selected)
        #expect(text.contains("Détail F2026-02"))
        #expect(text.contains("Montant TTC"))
        #expect(text.contains("Net à payer"))
        #expect(text.contains("Totaux par année"))
        // 2026: one invoice; 2024: the cancelled one is left out, the credit note subtracts.
        #expect(text.contains("2026 : 1 facture, 1 234,56 €, 30 m³"))
        #expect(text.contains("2024 : 1 facture, -20,00 €, -30 m³"))
    }

    @Test func instalmentsShowForThePayableInvoice() async throws {
        let subscriber = TestData.subscriber { contents in
            contents.payable = PayableInvoice(
                numeroFacture: "F2026-02", netAPayer: Decimal(string: "1234.56") ?? 0,
                dueDate: Fixtures.day("2026-03-12"),
                instalments: [
                    Instalment(dueDate: Fixtures.day("2026-03-12"), amount: 600),
                    Instalment(dueDate: Fixtures.day("2026-04-12"), amount: Decimal(string: "634.56") ?? 0),
                ])
        }
        let driver = try await TestData.after([.character("f")], subscriber: subscriber)
        // At 80 columns the table's pane says how many instalments and where to read them…
        let pane = driver.render(columns: 80, rows: 24).text
        #expect(pane.contains("Paiement en 2 fois possible : Entrée"), "\(pane)")
        #expect(pane.contains("pour les échéances"), "\(pane)")
        // …Enter opens the invoice in full, each instalment with its date on its own line.
        driver.press(.enter)
        for (columns, rows) in [(80, 24), (132, 43)] {
            let text = driver.render(columns: columns, rows: rows).text
            #expect(text.contains("Facture n° F2026-02 du 10/02/2026"), "\(text)")
            #expect(text.contains("Montant HT"))
            #expect(text.contains("TVA"))
            #expect(text.contains("Échéance dépassée : cette facture reste à payer."))
            #expect(text.contains("Paiement en plusieurs fois"))
            #expect(text.contains("  600,00 € le 12/03/2026"))
            #expect(text.contains("  634,56 € le 12/04/2026"))
        }
        driver.press(.escape)
        #expect(!driver.state.invoices.isDetailOpen)
    }
}

@Suite @MainActor struct RequestsAndMessagesScreenTests {
    @Test func requestsShowFrenchStatusesAndTheTimeline() async throws {
        let driver = try await TestData.after([.character("d")])
        #expect(driver.state.requests.detail?.id == "42")
        let text = driver.render().text
        #expect(text.contains("En traitement"))
        #expect(text.contains("Refusée"))
        #expect(text.contains("Mise à jour des coordonnées"))
        #expect(text.contains("Historique — n° 42 · Transmission de relevé"))
        #expect(text.contains("02/03/2026 09:00"))
        #expect(text.contains("Enregistrée"))
        #expect(text.contains("Pris en charge"))
    }

    @Test func messagesShowTheSelectedBody() async throws {
        let text = try await TestData.after([.character("m")]).render().text
        #expect(text.contains("Coupure d'eau le 20 mars"))
        #expect(text.contains("du 10/03/2026 au 21/03/2026"))
        #expect(text.contains("Travaux rue des Lilas de 8 h à 12 h."))
    }
}

@Suite @MainActor struct HelpScreenTests {
    @Test func helpListsEveryKeyOfTheScreenItCameFrom() async throws {
        let canvas = try await TestData.after([.character("r"), .character("?")]).render()
        let text = canvas.text
        #expect(text.contains("Touches de l'écran « Relevés »"))
        for keys in [
            "↑↓", "/", "Échap", "PgPréc PgSuiv Début Fin", "F1/?", "F2/a", "F3/r", "F4/f", "F5/d", "F6/m",
            "F9/c", "F10/q", "n",
        ] {
            #expect(canvas.rows.contains { $0.hasPrefix(" " + keys + " ") }, "key \(keys)")
        }
        #expect(text.contains("Filtrer"))
        #expect(text.contains("Nouvelle demande"))
    }

    @Test func helpOnTheLoginScreenListsTheFormKeys() {
        let driver = AppDriver()
        driver.press(.function(1))
        #expect(driver.state.screen == .aide)
        let text = driver.render().text
        #expect(text.contains("Touches de l'écran « Connexion »"))
        #expect(text.contains("Créer un compte"))
        #expect(text.contains("Mot de passe oublié"))
        #expect(text.contains("champ suivant"))
        #expect(!text.contains("F3/r"))
    }
}
