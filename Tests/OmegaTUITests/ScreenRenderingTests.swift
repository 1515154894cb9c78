import Foundation
import OmegaClient
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite struct LoginScreenTests {
    @Test(arguments: [(80, 24), (132, 43)])
    func loginOpensOnTheEmailFieldWithTheCursorInIt(columns: Int, rows: Int) throws {
        let canvas = TestData.render(AppState(), columns: columns, rows: rows)
        let email = try #require(canvas.find("E-mail"))
        let password = try #require(canvas.find("Mot de passe"))
        #expect(password.row > email.row)
        #expect(canvas.find("Se souvenir de moi") != nil)
        #expect(canvas.find("F7 Créer un compte") != nil)
        #expect(canvas.find("F8 Mot de passe oublié") != nil)
        let cursor = try #require(canvas.cursor)
        #expect(cursor.row == email.row)
        #expect(canvas.style(at: cursor)?.role == .focusedField)
        #expect(canvas.rows[0].contains("Connexion"))
    }

    @Test func theDemoAccountIsShownOnlyInDemoMode() {
        let plain = TestData.render(AppState())
        #expect(plain.find("demo@omega.test") == nil)
        let demo = AppState(
            suggestedAccount: SuggestedAccount(email: "demo@omega.test", password: "Eau-Claire-2026"))
        let canvas = TestData.render(demo)
        #expect(canvas.find("demo@omega.test / Eau-Claire-2026") != nil)
    }

    @Test func thePasswordIsMaskedAndTheCursorFollowsTab() throws {
        let state = TestData.applying(
            [.login(.setEmail("claire@example.org")), .login(.focusNext), .login(.setPassword("secret"))],
            to: AppState())
        let canvas = TestData.render(state)
        #expect(canvas.find("secret") == nil)
        #expect(canvas.find("******") != nil)
        let password = try #require(canvas.find("Mot de passe"))
        #expect(canvas.cursor?.row == password.row)
    }

    @Test func aLoginErrorIsShownInClearFrench() {
        var state = AppState()
        state.login.error = ServiceFailure(
            kind: .other, french: "E-mail ou mot de passe incorrect.", english: "Wrong e-mail or password.")
        #expect(TestData.render(state).find("E-mail ou mot de passe incorrect.") != nil)
        state.language = .en
        #expect(TestData.render(state).find("Wrong e-mail or password.") != nil)
    }
}

@Suite struct DashboardScreenTests {
    @Test(arguments: [(80, 24), (132, 43)])
    func accueilShowsContractReadingInvoiceBalanceRequestsAndMessages(columns: Int, rows: Int) {
        let canvas = TestData.render(TestData.loggedIn(), columns: columns, rows: rows)
        let text = canvas.text
        #expect(text.contains("Bonjour Claire Martin"))
        #expect(text.contains("343025705"))
        #expect(text.contains("12 rue des Lilas, 01000 Bourg-en-Bresse"))
        #expect(text.contains("M-998877"))
        #expect(text.contains("index 1 350 le 01/03/2026"))
        #expect(text.contains("n° F2026-02 du 10/02/2026 : 1 234,56 €"))
        #expect(text.contains("échéance 12/03/2026 · à payer"))
        #expect(text.contains("Solde à payer"))
        #expect(canvas.find("1 234,56 €") != nil)
        #expect(text.contains("n° 42"))
        #expect(text.contains("En traitement"))
        #expect(text.contains("Coupure d'eau le 20 mars"))
        #expect(canvas.rows.last?.contains("F2/a") == true)
    }

    @Test func severalContractsPointToThePicker() {
        let state = TestData.loggedIn(contracts: [TestData.contract, TestData.otherContract])
        #expect(TestData.render(state).find("2 contrats : c ou F9 pour changer") != nil)
        let picker = TestData.render(TestData.applying([.navigate(.choixContrat)], to: state))
        #expect(picker.find("343025706") != nil)
        #expect(picker.find("3 place du Marché, 01000 Bourg") != nil)
    }
}

@Suite struct TooSmallScreenTests {
    @Test(arguments: [(20, 5), (1, 1), (79, 24), (80, 23), (0, 0)])
    func belowEightyByTwentyFourTheTooSmallScreenShows(columns: Int, rows: Int) {
        let canvas = TestData.render(TestData.loggedIn(), columns: columns, rows: rows)
        #expect(canvas.find("Accueil") == nil)
        if columns >= 20, rows >= 5 {
            #expect(canvas.text.contains("Agrandissez"))
            #expect(canvas.find("\(columns)x\(rows) / 80x24") != nil)
        }
        #expect(canvas.cursor == nil)
    }

    @Test func eightyByTwentyFourIsEnough() {
        let canvas = TestData.render(TestData.loggedIn(), columns: 80, rows: 24)
        #expect(!canvas.text.contains("Agrandissez"))
        #expect(canvas.rows[0].contains("Accueil"))
    }
}

@Suite struct FrameTests {
    @Test func aToastAndTheSpinnerShowOverTheScreen() throws {
        var state = TestData.loggedIn()
        state.toasts = [
            SelfService.Toast(
                id: 1, message: .statusChanged(requestId: "42", title: "Relevé", from: .omega, to: .closed))
        ]
        state.inFlight = [.requests]
        let canvas = TestData.render(state)
        let toast = try #require(canvas.find("Demande Relevé (n° 42) : En traitement → Terminée"))
        #expect(toast.row == 22)
        #expect(canvas.rows[0].contains("Chargement…"))
    }
}
