import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

/// Issue 14's screens drawn whole (see ``FrameSnapshot``): Répondre au service, Mon compte,
/// the consumption insight on Relevés.
@Suite("Frame snapshots of issue 14") @MainActor struct AccountSnapshotTests {
    /// A question longer than the screen: five sentences of the service.
    static let longQuestion = [
        "Votre index du 01/03/2026 (2719 m³) est inférieur au dernier index relevé par notre agent",
        "(2819 m³ le 05/02/2026). Avant d'intégrer ce relevé, nous devons comprendre l'écart.",
        "Merci de relire le compteur en vous plaçant bien en face des chiffres noirs, sans tenir compte",
        "des chiffres rouges qui indiquent les litres. Si le compteur a été remplacé depuis le dernier",
        "relevé, indiquez-nous le numéro de série inscrit sur le nouveau compteur et la date de la pose.",
        "Si vous pensez que notre agent a fait une erreur de lecture, dites-le nous : nous enverrons un",
        "technicien vérifier sans frais. Sans réponse de votre part sous quinze jours, nous estimerons",
        "votre consommation à partir de votre historique des trois dernières années, comme le prévoit",
        "le règlement du service de l'eau de votre commune, et votre index transmis sera écarté.",
        "Vous pouvez aussi nous joindre au 04 66 00 00 00 du lundi au vendredi de 8 h 30 à 17 h.",
        "Pensez à préciser dans votre réponse si le logement était inoccupé pendant la période, ou si",
        "des travaux de plomberie ont eu lieu : une fuite réparée depuis peut expliquer une hausse passée.",
        "Nous vous remercions de votre aide pour que votre facture corresponde à votre consommation réelle.",
    ].joined(separator: " ")

    /// The demo subscriber whose open request carries the long question.
    static func subscriberWithLongQuestion() -> FakeSubscriber {
        let subscriber = Demo.subscriber()
        subscriber.update { contents in
            var request = contents.requests[0]
            request.history[request.history.count - 1].comment = longQuestion
            contents.requests[0] = request
        }
        return subscriber
    }

    @Test func repondreAuServiceWrappedAndScrolled() async throws {
        let driver = try await Demo.after([.character("d")], subscriber: Self.subscriberWithLongQuestion())
        #expect(AppFeature.answerableRequest(driver.state)?.id == "100001")
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "demandes-attente-client")
        driver.press(.enter)
        #expect(driver.state.screen == .repondreDemande)
        driver.type("Oui, le compteur a été remplacé le 20/02/2026 : nouveau numéro E2026")
        FrameSnapshot.check(driver.render(columns: 132, rows: 43), named: "repondre")
        // Drawn at 80x24 last: PgDn pages by what the last frame showed.
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "repondre")
        driver.press(.pageDown)
        #expect(driver.ui.questionScroll > 0)
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "repondre-suite")
        let text = driver.render(columns: 80, rows: 24).text
        #expect(text.contains("commune, et votre index transmis sera écarté."), "\(text)")
        driver.press(.pageUp)
        #expect(driver.ui.questionScroll == 0)
    }

    @Test func repondreAuServiceRefusedWhenNotWaitingAnyMore() async throws {
        let subscriber = Demo.subscriber()
        let driver = try await Demo.after([.character("d")], subscriber: subscriber)
        driver.press(.enter)
        subscriber.update {
            $0.answerFailure = ServiceFailure(
                .conflict,
                refusals: [Refusal(code: "request-not-waiting", text: "", values: ["status": "CLOSED"])])
        }
        driver.type("Oui")
        driver.press(.enter)
        try await driver.run(until: { $0.answer?.error != nil }, "the refusal")
        let text = driver.render(columns: 80, rows: 24).text
        #expect(text.contains("Cette demande n'attend plus de réponse (statut : Terminée)."), "\(text)")
    }

    @Test func repondreAuServiceSentGoesBackToDemandes() async throws {
        let subscriber = Demo.subscriber()
        let driver = try await Demo.after([.character("d")], subscriber: subscriber)
        driver.press(.enter)
        driver.type("Oui, c'est exact.")
        driver.press(.enter)
        try await driver.run(until: { $0.screen == .demandes && $0.answer == nil }, "back on Demandes")
        let text = driver.render(columns: 80, rows: 24).text
        #expect(text.contains("repasse en traitement"), "\(text)")
        #expect(subscriber.snapshot.answers.map(\.text) == ["Oui, c'est exact."])
    }

    @Test func monCompteMenuPasswordFormAndNotice() async throws {
        let driver = try await Demo.after([.character("o")])
        #expect(driver.state.screen == .monCompte)
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "mon-compte")
        FrameSnapshot.check(driver.render(columns: 132, rows: 43), named: "mon-compte")
        driver.press(.enter)
        driver.type("Eau-Claire-2026")
        driver.press(.tab)
        driver.type("Source-Vive-2027")
        driver.press(.tab)
        driver.type("Source-Vive")
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "mon-compte-mot-de-passe")
        driver.type("-2027")
        driver.press(.enter)
        try await driver.run(until: { $0.myAccount.notice != nil }, "the password changed")
        let text = driver.render(columns: 80, rows: 24).text
        #expect(text.contains("Mot de passe modifié"), "\(text)")
    }

    @Test func monCompteEmailCodeStep() async throws {
        let driver = try await Demo.after([.character("o"), .down])
        driver.press(.enter)
        driver.type("claire.fontaine@example.org")
        driver.press(.tab)
        driver.type("Eau-Claire-2026")
        driver.press(.enter)
        try await driver.run(
            until: { $0.myAccount.step == .emailCode && !$0.myAccount.isSubmitting }, "the code step")
        driver.type("12")
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "mon-compte-code")
    }

    /// The demo house with its last period at 130 m³ in 171 days (760 L a day against about
    /// 385 the same winter of previous years): a leak suspected, under the legal threshold.
    @Test func relevesWithALeakSuspected() async throws {
        let subscriber = Demo.subscriber()
        subscriber.update { contents in
            var last = contents.readings[0]
            last.consumption = 130
            last.index = 2_895
            contents.readings[0] = last
        }
        let driver = try await Demo.after([.character("r")], subscriber: subscriber)
        let insight = driver.state.consumptionInsight
        #expect(insight.leak?.readingId == Demo.readings[0].id)
        #expect(driver.state.readings.periods.first?.isOverconsumption == false)
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "releves-fuite")
        FrameSnapshot.check(driver.render(columns: 132, rows: 43), named: "releves-fuite")
        let text = driver.render(columns: 132, rows: 43).text
        #expect(text.contains("Fuite possible"), "\(text)")
    }

    /// At the counter, the agent answers for the opened subscriber: the same screen, the
    /// field says whose answer it is; Mon compte is not there.
    @Test func counterAgentAnswersForTheSubscriber() async throws {
        let driver = try await Demo.counterOnTheHouse()
        driver.press(.character("o"))
        #expect(driver.state.app?.screen == .accueil)
        driver.press(.character("d"))
        try await driver.run(
            until: { $0.app.map { AppFeature.answerableRequest($0) != nil } == true }, "the question loaded")
        driver.press(.enter)
        #expect(driver.state.app?.screen == .repondreDemande)
        driver.type("L'abonné confirme son index au guichet.")
        FrameSnapshot.check(driver.render(columns: 80, rows: 24), named: "guichet-repondre")
        let text = driver.render(columns: 80, rows: 24).text
        #expect(text.contains("Réponse de l'abonné"), "\(text)")
        driver.press(.enter)
        try await driver.run(
            until: { $0.app?.screen == .demandes && $0.app?.answer == nil }, "back on Demandes")
    }
}
