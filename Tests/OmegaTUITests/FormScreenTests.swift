import Foundation
import OmegaClient
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite struct NewRequestScreenTests {
    static func indexForm() -> AppState {
        TestData.applying([.navigate(.nouvelleDemande(.menu)), .activate], to: TestData.loggedIn())
    }

    @Test func theMenuOffersTheIndexFirstThenTheContactDetails() throws {
        let state = TestData.applying([.navigate(.nouvelleDemande(.menu))], to: TestData.loggedIn())
        let canvas = TestData.render(state)
        let index = try #require(canvas.find("Transmettre un index"))
        let contact = try #require(canvas.find("Mettre à jour mes coordonnées"))
        #expect(index.row < contact.row)
        #expect(canvas.style(at: index)?.role == .selected)
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func theIndexFormOpensOnTheEmptyIndexFieldAndShowsTheLastIndex(columns: Int, rows: Int) throws {
        let state = Self.indexForm()
        #expect(state.screen == .nouvelleDemande(.index))
        let canvas = TestData.render(state, columns: columns, rows: rows)
        #expect(canvas.text.contains("Dernier index : 1 350 le 01/03/2026"))
        let field = try #require(canvas.find("Nouvel index"))
        let cursor = try #require(canvas.cursor)
        #expect(cursor.row == field.row)
        #expect(canvas.style(at: cursor)?.role == .focusedField)
        #expect(canvas.text.contains("15/03/2026"))  // the date field, prefilled with today
    }

    @Test func theDryRunShowsTheImpliedConsumption() {
        var state = TestData.applying(
            [.readingForm(.set(.index, "1387")), .readingForm(.submit)], to: Self.indexForm())
        let outcome = FilingOutcome(
            request: RequestRecord(id: "", code: .releve, status: .saved, title: "", date: nil),
            impliedConsumption: 37)
        state = TestData.applying([.response(.readingFiled(dryRun: true, .success(outcome)))], to: state)
        let canvas = TestData.render(state)
        #expect(canvas.text.contains("Consommation depuis le dernier index : 37 m³"))
        #expect(canvas.text.contains("Entrée pour envoyer, Échap pour modifier."))
        #expect(canvas.rows.last?.contains("Envoyer") == true)
    }

    @Test func fieldErrorsShowUnderTheirField() throws {
        var state = TestData.applying(
            [.readingForm(.set(.index, "1200")), .readingForm(.submit)], to: Self.indexForm())
        let failure = ServiceFailure(
            kind: .validation, french: "Données refusées.", english: "Rejected.",
            fieldErrors: ["ni": "L'index est inférieur au dernier index."])
        state = TestData.applying([.response(.readingFiled(dryRun: true, .failure(failure)))], to: state)
        let canvas = TestData.render(state)
        let field = try #require(canvas.find("Nouvel index"))
        let error = try #require(canvas.find("L'index est inférieur au dernier index."))
        #expect(error.row == field.row + 1)
        #expect(canvas.style(at: error)?.role == .error)
    }

    @Test func aLocalErrorNeedsNoServer() throws {
        let state = TestData.applying([.readingForm(.submit)], to: Self.indexForm())
        let canvas = TestData.render(state)
        #expect(canvas.find("Saisissez l'index du compteur.") != nil)
    }

    @Test func theContactFormIsPrefilled() {
        let state = TestData.applying(
            [.navigate(.nouvelleDemande(.menu)), .selectRow(1), .activate], to: TestData.loggedIn())
        let text = TestData.render(state).text
        #expect(text.contains("Mettre à jour mes coordonnées"))
        #expect(text.contains("0474000000"))
        #expect(text.contains("claire@example.org"))
    }
}

@Suite struct SignUpAndResetScreenTests {
    @Test func signUpShowsPasswordStrengthAndConfirmation() {
        let state = TestData.applying(
            [
                .navigate(.creerCompte), .signUp(.set(.password, "court")),
                .signUp(.set(.confirmation, "autre")),
            ], to: AppState())
        let text = TestData.render(state).text
        #expect(text.contains("Créer un compte"))
        #expect(text.contains("N° de contrat"))
        #expect(text.contains("N° de facture"))
        #expect(text.contains("Robustesse : trop court (8 caractères minimum)"))
        #expect(text.contains("différente"))
    }

    @Test func passwordResetStartsWithTheEmail() {
        let state = TestData.applying(
            [.login(.setEmail("a@b.fr")), .login(.openPasswordReset)], to: AppState())
        let text = TestData.render(state).text
        #expect(text.contains("Mot de passe oublié"))
        #expect(text.contains("a@b.fr"))
        #expect(text.contains("Recevoir un code"))
    }
}

@Suite struct StringsTests {
    @Test(arguments: Language.allCases)
    func everyTableIsComplete(language: Language) {
        #expect(Strings.missingKeys(in: language).isEmpty)
    }

    @Test func argumentsAndFrenchFormats() {
        let strings = Strings(language: .fr)
        #expect(strings(.dashReadingLine, "1 234", "20/10/2009") == "index 1 234 le 20/10/2009")
        #expect(strings.amount(Decimal(string: "1234.56") ?? 0) == "1 234,56 €")
        #expect(strings.volume(37) == "37 m³")
        #expect(strings.date(TestData.day("2009-10-20")) == "20/10/2009")
        #expect(Strings(language: .en)[.screenAccueil] == "Home")
    }
}
