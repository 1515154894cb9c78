import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite @MainActor struct LoginScreenTests {
    @Test(arguments: [(80, 24), (132, 43)])
    func loginOpensOnTheEmailFieldWithTheCursorInIt(columns: Int, rows: Int) throws {
        let canvas = AppDriver().render(columns: columns, rows: rows)
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
        let plain = AppDriver().render()
        #expect(plain.find("demo@omega.test") == nil)
        let demo = AppDriver(
            AppState(
                suggestedAccount: SuggestedAccount(email: "demo@omega.test", password: "Eau-Claire-2026")))
        #expect(demo.render().find("demo@omega.test / Eau-Claire-2026") != nil)
    }

    @Test func thePasswordIsMaskedAndTheCursorFollowsTab() throws {
        let driver = AppDriver()
        driver.type("claire@example.org")
        driver.press(.tab)
        driver.type("secret")
        let canvas = driver.render()
        #expect(canvas.find("secret") == nil)
        #expect(canvas.find("******") != nil)
        let password = try #require(canvas.find("Mot de passe"))
        #expect(canvas.cursor?.row == password.row)
    }

    @Test func aLoginErrorIsShownInClearFrench() async throws {
        let driver = TestData.loginScreen()
        driver.type(TestData.profile.email ?? "")
        driver.press(.tab)
        driver.type("not-the-password")
        driver.press(.enter)
        try await driver.run(until: { $0.login.error != nil }, "the login refused")
        let wrong = ServiceFailure(.invalidCredentials)
        #expect(driver.state.login.error == wrong)
        #expect(driver.render().find(Strings(language: .fr).failure(wrong)) != nil)
        driver.send(.setLanguage(.en))
        #expect(driver.render().find(Strings(language: .en).failure(wrong)) != nil)
    }
}

@Suite @MainActor struct DashboardScreenTests {
    @Test(arguments: [(80, 24), (132, 43)])
    func accueilShowsContractReadingInvoiceBalanceRequestsAndMessages(columns: Int, rows: Int) async throws {
        let canvas = try await TestData.loggedIn().render(columns: columns, rows: rows)
        let text = canvas.text
        #expect(text.contains("Bonjour Claire Martin"))
        #expect(text.contains("343025705"))
        #expect(text.contains("12 rue des Lilas, 01000 Bourg-en-Bresse"))
        #expect(text.contains("M-998877"))
        #expect(text.contains("index 1 350 le 01/03/2026"))
        #expect(text.contains("n° F2026-02 du 10/02/2026 : 1 234,56 €"))
        // Due on 12 March, unpaid on the 15th: late, and said so.
        #expect(text.contains("échéance 12/03/2026 · en retard"))
        #expect(text.contains("Solde à payer"))
        #expect(canvas.find("1 234,56 €") != nil)
        #expect(text.contains("n° 42"))
        #expect(text.contains("En traitement"))
        #expect(text.contains("Coupure d'eau le 20 mars"))
        #expect(canvas.rows.last?.contains("F2/a") == true)
    }

    @Test func severalContractsPointToThePicker() async throws {
        let driver = try await TestData.loggedIn(
            subscriber: TestData.subscriber(contracts: [TestData.contract, TestData.otherContract]))
        #expect(driver.render().find("2 contrats : c ou F9 pour changer") != nil)
        driver.press(.character("c"))
        #expect(driver.state.screen == .choixContrat)
        let picker = driver.render()
        #expect(picker.find("343025706") != nil)
        #expect(picker.find("3 place du Marché, 01000 Bourg") != nil)
    }
}

@Suite @MainActor struct TooSmallScreenTests {
    @Test(arguments: [(20, 5), (1, 1), (79, 24), (80, 23), (0, 0)])
    func belowEightyByTwentyFourTheTooSmallScreenShows(columns: Int, rows: Int) async throws {
        let canvas = try await TestData.loggedIn().render(columns: columns, rows: rows)
        #expect(canvas.find("Accueil") == nil)
        if columns >= 20, rows >= 5 {
            #expect(canvas.text.contains("Agrandissez"))
            #expect(canvas.find("\(columns)x\(rows) / 80x24") != nil)
        }
        #expect(canvas.cursor == nil)
    }

    @Test func eightyByTwentyFourIsEnough() async throws {
        let canvas = try await TestData.loggedIn().render(columns: 80, rows: 24)
        #expect(!canvas.text.contains("Agrandissez"))
        #expect(canvas.rows[0].contains("Accueil"))
    }
}

@Suite @MainActor struct FrameTests {
    @Test func aToastAndTheSpinnerShowOverTheScreen() async throws {
        let subscriber = TestData.subscriber()
        let driver = try await TestData.loggedIn(subscriber: subscriber)
        // The service closes request 42; Demandes sees it and says so in a toast.
        subscriber.update { $0.requests[0].status = .closed }
        driver.press(.character("d"))
        try await driver.run(until: { !$0.toasts.items.isEmpty && !$0.isBusy }, "the status change seen")
        // Back to Accueil: its refresh of the requests is in flight, the toast still shows.
        driver.press(.character("a"))
        #expect(driver.state.isBusy)
        let canvas = driver.render()
        let toast = try #require(
            canvas.find("Demande Relevé du 01/03/2026 (n° 42) : En traitement → Terminée"))
        #expect(toast.row == 22)
        #expect(canvas.rows[0].contains("Chargement…"))
    }
}
