import Foundation
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@testable import OmegaSandbox
@testable import OmegaTUI

/// Plain mode's every journey against an in-process sandbox, typed line by line as a
/// screen-reader user types them: what is printed must be what the API holds, in order,
/// with nothing redrawn.
@Suite(.serialized) @MainActor struct PlainSandboxJourneyTests {
    static let email = DemoDataGenerator.demoEmail
    static let password = DemoDataGenerator.demoPassword

    /// A plain front end at the login screen of `server`, and an API session of the demo
    /// subscriber to compare with.
    static func withPlain(
        server: SandboxServer? = nil,
        _ body: (PlainDriver<AppState, AppAction>, SandboxServer) async throws -> Void
    ) async throws {
        let sandbox: SandboxServer
        if let server {
            sandbox = server
        } else {
            sandbox = try await SandboxServer(
                configuration: .init(
                    port: 0, seed: 1, subscribers: 20, reviewMode: .auto, logger: MiniPopulation.quietLogger))
        }
        let port = try await sandbox.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "tests@plain"))
        let account = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
        let driver = PlainDriver(
            subscriber: AppState(), dependencies: Dependencies(account: account, clock: FrozenClock()))
        var failure: (any Error)?
        do {
            try await body(driver, sandbox)
        } catch {
            failure = error
        }
        driver.shell.store.cancelAll()
        await sandbox.shutdown()
        try? await transport.shutdown()
        if let failure { throw failure }
    }

    static func logIn(_ driver: PlainDriver<AppState, AppAction>) async throws {
        try await driver.waitFor("E-mail : ")
        try await driver.answer(email, expecting: "Mot de passe : ")
        try await driver.answer(password, expecting: "Se souvenir de moi (o/n) [non] : ")
        try await driver.answer("n", expecting: "Dernier relevé : index")
        try await driver.run(until: { !$0.isBusy }, "Accueil loaded")
    }

    @Test("a wrong password is said, asked again, then Accueil, Relevés, Factures and an invoice's detail")
    func logInAndRead() async throws {
        try await Self.withPlain { driver, _ in
            try await driver.waitFor("E-mail : ")
            try await driver.answer(Self.email, expecting: "Mot de passe : ")
            try await driver.answer("pas-le-bon", expecting: "Se souvenir de moi (o/n) [non] : ")
            try await driver.answer("", expecting: "Erreur : Adresse électronique ou mot de passe incorrect.")
            try await driver.waitFor("Mot de passe : ", after: driver.output.count - 40)
            try await driver.answer(Self.password, expecting: "Se souvenir de moi")
            try await driver.answer("", expecting: "Dernier relevé : index")
            try await driver.run(until: { !$0.isBusy }, "Accueil loaded")
            #expect(!driver.output.contains(Self.password), "the password was written")
            let state = driver.state
            let contract = try #require(state.selectedContract)
            let strings = Strings(language: .fr)
            let latest = try #require(state.readings.latest)
            #expect(driver.output.contains("Contrat : \(contract.numeroContrat)"))
            #expect(
                driver.output.contains(
                    "Dernier relevé : index \(strings.number(latest.index)) le \(strings.date(latest.date))"))

            var mark = driver.output.count
            try await driver.answer(
                "r", expecting: "\(strings.date(latest.date)) : index \(strings.number(latest.index))")
            try await driver.run(until: { !$0.readings.list.isLoading }, "readings loaded")
            let readings = driver.since(mark)
            #expect(readings.hasPrefix("r\n\nRelevés\n"), "\(readings)")
            for reading in state.readings.list.items.prefix(5) {
                #expect(
                    readings.contains(
                        "\(strings.date(reading.date)) : index \(strings.number(reading.index))"))
            }

            mark = driver.output.count
            try await driver.answer("f", expecting: "Facture ")
            let invoice = try #require(driver.state.invoices.list.items.last)
            try await driver.answer("1", expecting: "Numéro de la facture : ")
            try await driver.answer(
                "pas-un-numéro", expecting: "Aucune facture de la liste ne porte ce numéro.")
            try await driver.answer("1", expecting: "Numéro de la facture : ")
            let number = InvoicesScreen.number(of: invoice, among: driver.state.invoices.list.items)
            try await driver.answer(
                number, expecting: "Facture n° \(number) du \(strings.date(invoice.date))")
            #expect(driver.since(mark).contains("Montant TTC : \(strings.amount(invoice.montantTTC))"))
            try await driver.answer("0", expecting: "Factures")
            #expect(!driver.output.contains("\u{1B}"))
        }
    }

    @Test("an index below the last is refused next to its field, asked again alone, then sent and listed")
    func fileAnIndexAfterARefusal() async throws {
        try await Self.withPlain { driver, _ in
            try await Self.logIn(driver)
            let last = try #require(driver.state.readings.latest?.index)
            try await driver.answer("4", expecting: "Nouvel index : ")
            try await driver.answer("1", expecting: "Date du relevé [")
            try await driver.answer("", expecting: "Commentaire : ")
            var mark = driver.output.count
            try await driver.answer("", expecting: "Nouvel index [1] : ")
            // The refusal, next to its field, names the last index (in the service's words
            // or ours, depending on the code it sends).
            let refusal = driver.since(mark).split(separator: "\n").first { $0.hasPrefix("Nouvel index : ") }
            #expect(
                refusal?.filter { !$0.isWhitespace }.contains(String(last)) == true, "\(driver.since(mark))")
            mark = driver.output.count
            try await driver.answer("\(last + 3)", expecting: "Consommation depuis le dernier index : 3 m³")
            #expect(!driver.since(mark).contains("Date du relevé"), "only the field at fault is asked again")
            try await driver.answer("1", expecting: " envoyée : ")
            guard case .sent(let request) = driver.state.readingForm?.step else {
                Issue.record("not sent: \(String(describing: driver.state.readingForm?.step))")
                return
            }
            try await driver.answer("1", expecting: "Demande n° \(request.id) du ")
            #expect(driver.state.screen == .demandes)
            try await driver.waitFor("Historique de la demande n° \(request.id)")
        }
    }

    @Test("the contact form is a menu of its fields: one change, the dry run, the send")
    func changeThePhone() async throws {
        try await Self.withPlain { driver, _ in
            try await Self.logIn(driver)
            try await driver.answer("5", expecting: "Mettre à jour mes coordonnées")
            try await driver.waitFor("6. Téléphone : ")
            try await driver.answer("6", expecting: "Téléphone, nouvelle valeur (- pour vider)")
            try await driver.answer("0612345678", expecting: "6. Téléphone : 0612345678 (modifié)")
            #expect(driver.output.contains("Modifications : Téléphone"))
            try await driver.answer("10", expecting: "Le service accepte ces modifications.")
            try await driver.answer("1", expecting: " envoyée : ")
            try await driver.answer("1", expecting: "Mise à jour des coordonnées")
        }
    }

    @Test("the contract picker lists the contracts as choices; Messages prints each message in full")
    func contractsAndMessages() async throws {
        try await Self.withPlain { driver, _ in
            try await Self.logIn(driver)
            let contracts = driver.state.contracts.items
            try #require(contracts.count > 1, "the demo subscriber has several contracts")
            let other = try #require(contracts.first { $0.id != driver.state.contracts.selectedId })
            let row = try #require(contracts.firstIndex(of: other))
            try await driver.answer("c", expecting: "Choix du contrat")
            try await driver.waitFor("\(row + 1). Contrat \(other.numeroContrat) — ")
            try await driver.answer("\(row + 1)", expecting: "Contrat : \(other.numeroContrat)")
            #expect(driver.state.selectedContract == other)
            let mark = driver.output.count
            try await driver.answer("m", expecting: "Messages")
            try await driver.run(until: { !$0.messages.isLoading }, "messages loaded")
            try await driver.waitFor("0. Retour", after: mark)
            for message in driver.state.messages.items {
                #expect(driver.since(mark).contains(message.title))
                let firstLine = message.body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                #expect(driver.since(mark).contains(firstLine))
            }
        }
    }

    @Test("quitting with typed input asks first; Esc on the form asks to abandon it")
    func dialogs() async throws {
        try await Self.withPlain { driver, _ in
            try await Self.logIn(driver)
            try await driver.answer("4", expecting: "Nouvel index : ")
            try await driver.answer("12", expecting: "Date du relevé [")
            try await driver.answer("!q", expecting: "Quitter ?")
            try await driver.answer("2", expecting: "Transmettre un index")
            #expect(driver.state.hasQuit == false)
            try await driver.answer("!0", expecting: "Abandonner la saisie ?")
            try await driver.answer("1", expecting: "Nouvelle demande")
            #expect(driver.state.readingForm == nil)
            try await driver.answer("?", expecting: "Aide")
            try await driver.answer("0", expecting: "Nouvelle demande")
            try await driver.answer("x", expecting: "Connexion")
            try await driver.answer("!", expecting: "1. Créer un compte")
            driver.type("q")
            #expect(driver.state.hasQuit)
        }
    }

    @Test("sign-up with the code from the e-mail, then a password reset, then logging in with it")
    func signUpAndReset() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plain-\(UUID().uuidString).sqlite"
        ).path
        let store = try SandboxStore(path: path)
        try await MiniPopulation.seed(store)
        try store.close()
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, databasePath: path, reviewMode: .auto, logger: MiniPopulation.quietLogger))
        try await Self.withPlain(server: server) { driver, server in
            try await driver.waitFor("E-mail : ")
            try await driver.answer("!1", expecting: "Créer un compte")
            try await driver.answer("jean@omega.test", expecting: "Mot de passe : ")
            try await driver.answer("Solide-mot-2026", expecting: "Robustesse : ")
            try await driver.waitFor("Confirmation : ")
            try await driver.answer("Solide-mot-2026", expecting: "N° de contrat : ")
            try await driver.answer("C-102", expecting: "N° de facture : ")
            try await driver.answer("300001", expecting: "Code reçu : ")
            let code = try await Self.code(for: "jean@omega.test", in: server)
            try await driver.answer(code, expecting: "Adresse confirmée : vous pouvez vous connecter.")
            try await driver.waitFor("Mot de passe : ")
            #expect(driver.state.screen == .connexion)

            try await driver.answer("!2", expecting: "Mot de passe oublié")
            try await driver.answer("paul@omega.test", expecting: "Code reçu : ")
            let resetCode = try await Self.code(for: "paul@omega.test", in: server)
            try await driver.answer(resetCode, expecting: "Nouveau mot de passe : ")
            try await driver.answer("Nouveau-mot-2027", expecting: "Confirmation : ")
            try await driver.answer("Nouveau-mot-2027", expecting: "Mot de passe modifié.")
            try await driver.answer("Nouveau-mot-2027", expecting: "Se souvenir de moi")
            try await driver.answer("", expecting: "Accueil")
            #expect(driver.state.isLoggedIn)
            #expect(!driver.output.contains("Solide-mot-2026") && !driver.output.contains("Nouveau-mot-2027"))
        }
    }

    /// The newest 6-digit code the sandbox "e-mailed" to `recipient`.
    static func code(for recipient: String, in server: SandboxServer) async throws -> String {
        let mails = try await server.services.store.outbox(recipient: recipient)
        let body = try #require(mails.last?.body)
        return try #require(
            body.split(whereSeparator: { !$0.isNumber }).map(String.init).last { $0.count == 6 }, "\(body)")
    }
}
