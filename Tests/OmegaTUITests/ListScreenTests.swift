import Foundation
import OmegaClient
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite struct ReadingsScreenTests {
    static func releves() -> AppState {
        var state = TestData.loggedIn()
        state.screen = .releves
        return state
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func readingsAreListedNewestFirstInFrenchFormats(columns: Int, rows: Int) throws {
        let canvas = TestData.render(Self.releves(), columns: columns, rows: rows)
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
        #expect(canvas.text.contains("5 relevé(s) sur 9"))
        // The selected (first) row is drawn selected.
        let date = try #require(canvas.find("01/03/2026"))
        #expect(canvas.style(at: date)?.role == .selected)
    }

    @Test func theChartComparesWithAYearBeforeAndFlagsOverconsumption() {
        let canvas = TestData.render(Self.releves(), columns: 132, rows: 43)
        let text = canvas.text
        #expect(text.contains("Consommation par période"))
        // 100 m³ against 40 m³ a year before: over twice the average of the previous years.
        #expect(text.contains("01/03/2026  100 m³  (40 m³)  ! surconso."))
        #expect(text.contains("Surconsommation : période au-delà du double"))
        #expect(text.contains("▁") || text.contains("█"))
    }

    @Test func aFilterKeepsTheMatchingRowsOnly() {
        var ui = UIState()
        ui.filters[.readings] = "estimé"
        let canvas = TestData.render(Self.releves(), ui: ui)
        #expect(canvas.find("01/09/2025") != nil)
        #expect(!canvas.rows.contains { $0.contains("1 350") })
        #expect(canvas.text.contains("Filtre « estimé » : 1 ligne(s)"))
    }
}

@Suite struct InvoicesScreenTests {
    @Test(arguments: [(80, 24), (132, 43)])
    func invoicesShowEveryStatusInFrenchWithDetailAndYearTotals(columns: Int, rows: Int) {
        var state = TestData.loggedIn()
        state.screen = .factures
        let canvas = TestData.render(state, columns: columns, rows: rows)
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
        #expect(text.contains("Montant HT"))
        #expect(text.contains("TVA"))
        #expect(text.contains("Totaux par année"))
        // 2026: one invoice; 2024: the cancelled one is left out, the credit note subtracts.
        #expect(text.contains("2026 : 1 facture(s), 1 234,56 €, 30 m³"))
        #expect(text.contains("2024 : 1 facture(s), -20,00 €, -30 m³"))
    }

    @Test func instalmentsShowForThePayableInvoice() {
        var state = TestData.loggedIn()
        state.screen = .factures
        state.invoices.payable = PayableInvoice(
            numeroFacture: "F2026-02", netAPayer: Decimal(string: "1234.56") ?? 0,
            dueDate: TestData.day("2026-03-12"),
            instalments: [
                Instalment(dueDate: TestData.day("2026-03-12"), amount: 600),
                Instalment(dueDate: TestData.day("2026-04-12"), amount: Decimal(string: "634.56") ?? 0),
            ])
        let text = TestData.render(state, columns: 132, rows: 43).text
        #expect(text.contains("Paiement en plusieurs fois"))
        #expect(text.contains("  600,00 € le 12/03/2026"))
        #expect(text.contains("  634,56 € le 12/04/2026"))
    }
}

@Suite struct RequestsAndMessagesScreenTests {
    @Test func requestsShowFrenchStatusesAndTheTimeline() {
        var state = TestData.loggedIn()
        state.screen = .demandes
        state.requests.detail = RequestRecord(
            id: "42", code: .releve, status: .omega, title: "Relevé du 01/03/2026",
            date: TestData.day("2026-03-02"),
            history: [
                RequestEvent(status: .saved, date: TestData.day("2026-03-02", hour: 9)),
                RequestEvent(
                    status: .omega, date: TestData.day("2026-03-02", hour: 10), comment: "Pris en charge"),
            ])
        let canvas = TestData.render(state)
        let text = canvas.text
        #expect(text.contains("En traitement"))
        #expect(text.contains("Refusée"))
        #expect(text.contains("Mise à jour des coordonnées"))
        #expect(text.contains("Historique — n° 42 · Transmission de relevé"))
        #expect(text.contains("02/03/2026 09:00"))
        #expect(text.contains("Enregistrée"))
        #expect(text.contains("Pris en charge"))
    }

    @Test func messagesShowTheSelectedBody() {
        var state = TestData.loggedIn()
        state.screen = .messages
        let text = TestData.render(state).text
        #expect(text.contains("Coupure d'eau le 20 mars"))
        #expect(text.contains("du 10/03/2026 au 21/03/2026"))
        #expect(text.contains("Travaux rue des Lilas de 8 h à 12 h."))
    }
}

@Suite struct HelpScreenTests {
    @Test func helpListsEveryKeyOfTheScreenItCameFrom() {
        let state = TestData.applying([.navigate(.releves), .navigate(.aide)], to: TestData.loggedIn())
        let canvas = TestData.render(state)
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
        let state = TestData.applying([.navigate(.aide)], to: AppState())
        let text = TestData.render(state).text
        #expect(text.contains("Touches de l'écran « Connexion »"))
        #expect(text.contains("Créer un compte"))
        #expect(text.contains("Mot de passe oublié"))
        #expect(text.contains("champ suivant"))
        #expect(!text.contains("F3/r"))
    }
}
