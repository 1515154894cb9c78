import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite @MainActor struct NewRequestScreenTests {
    @Test func theMenuOffersTheIndexFirstThenTheContactDetails() async throws {
        let canvas = try await TestData.after([.character("n")]).render()
        let index = try #require(canvas.find("Transmettre un index"))
        let contact = try #require(canvas.find("Mettre à jour mes coordonnées"))
        #expect(index.row < contact.row)
        #expect(canvas.style(at: index)?.role == .selected)
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func theIndexFormOpensOnTheEmptyIndexFieldAndShowsTheLastIndex(columns: Int, rows: Int) async throws {
        let driver = try await TestData.indexForm()
        #expect(driver.state.screen == .nouvelleDemande(.index))
        let canvas = driver.render(columns: columns, rows: rows)
        #expect(canvas.text.contains("Dernier index : 1 350 le 01/03/2026"))
        let field = try #require(canvas.find("Nouvel index"))
        let cursor = try #require(canvas.cursor)
        #expect(cursor.row == field.row)
        #expect(canvas.style(at: cursor)?.role == .focusedField)
        #expect(canvas.text.contains("15/03/2026"))  // the date field, prefilled with today
    }

    @Test func theDryRunShowsTheImpliedConsumption() async throws {
        let driver = try await TestData.indexForm()
        driver.type("1387")
        driver.press(.enter)
        try await driver.run(until: { $0.readingForm?.step == .confirming(TestData.dryRun) }, "the dry run")
        let canvas = driver.render()
        #expect(canvas.text.contains("Consommation depuis le dernier index : 37 m³"))
        #expect(canvas.text.contains("Entrée pour envoyer, Échap pour modifier."))
        #expect(canvas.rows.last?.contains("Envoyer") == true)
    }

    @Test func fieldErrorsShowUnderTheirField() async throws {
        let driver = try await TestData.indexForm(
            subscriber: TestData.subscriber { $0.filingFailure = Fixtures.refusal })
        driver.type("1200")
        driver.press(.enter)
        try await driver.run(until: { $0.readingForm?.fields.problems[.index] != nil }, "the refusal")
        let canvas = driver.render()
        let field = try #require(canvas.find("Nouvel index"))
        let error = try #require(canvas.find("L'index est inférieur au dernier index."))
        #expect(error.row == field.row + 1)
        #expect(canvas.style(at: error)?.role == .error)
    }

    @Test func aLocalErrorNeedsNoServer() async throws {
        let subscriber = TestData.subscriber()
        let driver = try await TestData.indexForm(subscriber: subscriber)
        driver.press(.enter)
        #expect(driver.state.readingForm?.step == .editing)
        let sentence = Strings(language: .fr).problem(.required, field: .reading(.index))
        #expect(driver.render().find(sentence) != nil)
        #expect(subscriber.snapshot.filings.isEmpty)
    }

    @Test func theContactFormIsPrefilled() async throws {
        let driver = try await TestData.after([.character("n"), .down, .enter])
        #expect(driver.state.screen == .nouvelleDemande(.coordonnees))
        let text = driver.render().text
        #expect(text.contains("Mettre à jour mes coordonnées"))
        #expect(text.contains("0474000000"))
        #expect(text.contains("claire@example.org"))
    }
}

@Suite @MainActor struct SignUpAndResetScreenTests {
    @Test func signUpShowsPasswordStrengthAndConfirmation() {
        let driver = AppDriver()
        driver.press(.function(7))
        #expect(driver.state.screen == .creerCompte)
        driver.press(.tab)
        driver.type("court")
        driver.press(.tab)
        driver.type("autre")
        let text = driver.render().text
        #expect(text.contains("Créer un compte"))
        #expect(text.contains("N° de contrat"))
        #expect(text.contains("N° de facture"))
        #expect(text.contains("Robustesse : trop court (8 caractères minimum)"))
        #expect(text.contains("différente"))
    }

    @Test func passwordResetStartsWithTheEmail() {
        let driver = AppDriver()
        driver.type("a@b.fr")
        driver.press(.function(8))
        #expect(driver.state.screen == .motDePasseOublie)
        let text = driver.render().text
        #expect(text.contains("Mot de passe oublié"))
        #expect(text.contains("a@b.fr"))
        #expect(text.contains("Recevoir un code"))
    }
}
