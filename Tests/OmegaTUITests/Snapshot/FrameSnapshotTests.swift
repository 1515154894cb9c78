import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

/// Every screen with the demo data, drawn whole at 80x24 and 132x43 and compared with the
/// text files of `Tests/OmegaTUITests/Snapshots` (see ``FrameSnapshot``). The states come from
/// keys through the real store, on records that mirror the sandbox's demo subscriber
/// (``Demo``), a fixed "now" and numbered ids: the files change only when a screen does.
@Suite("Frame snapshots (80x24, 132x43)") @MainActor struct FrameSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 132, rows: 43)]

    /// Checks the frame of `driver` at both sizes against the snapshots named `name`.
    func check(_ driver: AppDriver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for size in Self.sizes {
            FrameSnapshot.check(
                driver.render(columns: size.columns, rows: size.rows), named: name,
                sourceLocation: sourceLocation)
        }
    }

    /// Checks the frame of `driver` at both sizes against the snapshots named `name`.
    func check(_ driver: CounterDriver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for size in Self.sizes {
            FrameSnapshot.check(
                driver.render(columns: size.columns, rows: size.rows), named: name,
                sourceLocation: sourceLocation)
        }
    }

    @Test func connexionWithTheDemoAccountSuggested() {
        check(Demo.loginScreen(), "connexion")
    }

    @Test func creerUnCompteBothSteps() async throws {
        let driver = Demo.loginScreen()
        driver.press(.function(7))
        driver.type("nouvel.abonne@example.org")
        driver.press(.tab)
        driver.type("Source-Vive-2026")
        driver.press(.tab)
        driver.type("Source-Vive-2026")
        driver.press(.tab)
        driver.type(Demo.flat.numeroContrat)
        driver.press(.tab)
        driver.type(Demo.invoices[0].numero)
        check(driver, "creer-compte-formulaire")
        driver.press(.enter)
        try await driver.run(until: { $0.signUp.step == .code && !$0.signUp.isSubmitting }, "the code step")
        driver.type("4821")
        check(driver, "creer-compte-code")
    }

    @Test func motDePasseOublieBothSteps() async throws {
        let driver = Demo.loginScreen()
        driver.type(Demo.email)
        driver.press(.function(8))
        check(driver, "mot-de-passe-oublie-email")
        driver.press(.enter)
        try await driver.run(
            until: { $0.passwordReset.step == .reset && !$0.passwordReset.isSubmitting }, "the code step")
        driver.type("482193")
        driver.press(.tab)
        driver.type("Source-Vive-2026")
        driver.press(.tab)
        driver.type("Source-Vive")
        check(driver, "mot-de-passe-oublie-code")
    }

    @Test func accueil() async throws {
        check(try await Demo.loggedIn(), "accueil")
    }

    @Test func releves() async throws {
        check(try await Demo.after([.character("r")]), "releves")
    }

    @Test func factures() async throws {
        check(try await Demo.after([.character("f")]), "factures")
    }

    @Test func messages() async throws {
        check(try await Demo.after([.character("m")]), "messages")
    }

    @Test func choixDuContrat() async throws {
        check(try await Demo.after([.character("c")]), "choix-du-contrat")
    }

    @Test func nouvelleDemande() async throws {
        check(try await Demo.after([.character("n")]), "nouvelle-demande")
    }

    @Test func coordonnees() async throws {
        let driver = try await Demo.after([.character("n"), .down, .enter])
        // A new landline number: the changed field is marked and listed.
        driver.press(.down, .down, .down, .down, .down, .backspace, .backspace)
        driver.type("99")
        #expect(driver.state.contactForm?.fields[.telephone] == "04 66 46 23 99")
        check(driver, "coordonnees")
    }

    @Test func aide() async throws {
        check(try await Demo.after([.character("?")]), "aide")
    }

    /// Editing, a refusal next to the field, the dry run's consumption, sent.
    @Test func transmettreUnIndex() async throws {
        let subscriber = Demo.subscriber()
        let driver = try await Demo.indexForm(subscriber: subscriber)
        let last = try #require(driver.state.readingForm?.lastIndex)
        driver.type(String(last - 100))
        check(driver, "transmettre-index-saisie")

        subscriber.update { $0.filingFailure = Demo.indexBelowLast(last) }
        driver.press(.enter)
        try await driver.run(until: { $0.readingForm?.fields.problems[.index] != nil }, "the refusal")
        check(driver, "transmettre-index-refus")

        subscriber.update { $0.filingFailure = nil }
        driver.press(.backspace, .backspace, .backspace, .backspace)
        driver.type(String(last + 37))
        driver.press(.enter)
        try await driver.run(until: { $0.readingForm?.step.outcome != nil }, "the dry run")
        check(driver, "transmettre-index-confirmation")

        driver.press(.enter)
        try await driver.run(until: { $0.readingForm?.step.isBusy == false }, "the send")
        #expect(driver.state.readingForm?.step == .sent(Demo.filing.request))
        check(driver, "transmettre-index-envoye")
    }

    /// The index filed on 1 March, selected, with its history.
    @Test func demandes() async throws {
        let driver = try await Demo.after([.character("d")])
        #expect(driver.state.requests.detail?.id == Demo.requests[0].id)
        check(driver, "demandes")
    }

    @Test func quitDialogOverAFormWithInput() async throws {
        let driver = try await Demo.indexForm()
        driver.type("1")
        driver.press(.function(10))
        #expect(driver.state.dialog == .confirmQuit)
        check(driver, "quitter")
    }

    @Test func aToastOverAccueil() async throws {
        let subscriber = Demo.subscriber()
        let driver = try await Demo.loggedIn(subscriber: subscriber)
        // The service takes up the index it had asked to confirm; Demandes sees the move.
        subscriber.update { $0.requests[0].status = .omega }
        driver.press(.character("d"))
        try await driver.run(until: { !$0.toasts.items.isEmpty && !$0.isBusy }, "the status change seen")
        driver.press(.character("a"))
        try await driver.settle()
        #expect(driver.state.toasts.items.count == 1)
        check(driver, "toast")
    }

    @Test func counterSearchEmptyThenWithResults() async throws {
        let driver = Demo.counter()
        check(driver, "guichet-recherche")
        driver.press(.function(2))
        driver.type("FONT")
        driver.press(.enter)
        try await driver.run(until: { $0.search.page != nil }, "the results")
        check(driver, "guichet-resultats")
    }

    /// The opened subscriber's requests at the counter, the one filed at the counter selected:
    /// the list says where each came from, the history who filed it.
    @Test func counterDemandesWithTheirOrigins() async throws {
        let driver = try await Demo.counterOnTheHouse()
        driver.press(.character("d"))
        try await driver.run(until: { $0.app?.requests.detail?.id == Demo.requests[0].id }, "Demandes")
        driver.press(.down)
        try await driver.run(
            until: { $0.app?.requests.detail?.id == Demo.requests[1].id }, "the second request")
        // At 80 columns the history's title wraps before the agent: read the rows as one text.
        let text = RefusalWordingTests.flowing(driver.render())
        #expect(text.contains("au guichet — agent agent.dupont"), "\(text)")
        #expect(text.contains("en ligne"), "\(text)")
        check(driver, "guichet-demandes")
    }

    @Test func counterAccueilWithItsHeaderAndTheIdleWarning() async throws {
        let driver = try await Demo.counterOnTheHouse()
        driver.time.advance(280)
        driver.tick()
        #expect(driver.state.warningSeconds == 20)
        check(driver, "guichet-accueil-inactivite")
    }

    /// The new-request menu at the counter speaks to the agent about the subscriber ("de
    /// l'abonné"), never as the subscriber ("mes coordonnées"), and greets no one.
    @Test func counterNewRequestMenuAddressesTheAgent() async throws {
        let driver = try await Demo.counterOnTheHouse()
        #expect(!driver.render().text.contains("Bonjour"))
        driver.press(.character("n"))
        try await driver.run(until: { $0.app?.newRequest.availability != .loading }, "the menu's kinds")
        let text = driver.render().text
        #expect(text.contains("coordonnées de l'abonné"), "\(text)")
        #expect(!text.contains("mes coordonnées"), "\(text)")
        check(driver, "guichet-nouvelle-demande")
    }
}
