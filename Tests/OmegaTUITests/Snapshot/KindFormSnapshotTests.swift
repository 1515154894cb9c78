import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

/// Issue 14: the menu with and without our kinds, and the form of each kind, typed into
/// from the keyboard (see ``FrameSnapshotTests``).
@Suite("Request kinds: frame snapshots") @MainActor struct KindFormSnapshotTests {
    func check(_ driver: AppDriver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for size in FrameSnapshotTests.sizes {
            FrameSnapshot.check(
                driver.render(columns: size.columns, rows: size.rows), named: name,
                sourceLocation: sourceLocation)
        }
    }

    /// The form of `kind`, opened from the menu with the arrows and Enter.
    func form(_ kind: ServiceRequestKind, subscriber: FakeSubscriber = Demo.subscriber()) async throws
        -> AppDriver
    {
        // The invoice due loads with Payer (not with Accueil): the instalments and the copy of
        // an invoice start from it, as a subscriber coming from Payer or Factures would.
        let driver = try await Demo.after(
            kind.startsFromTheInvoiceDue ? [.character("p")] : [], subscriber: subscriber)
        driver.press(.escape, .character("n"))
        try await driver.settle()
        let row = try #require(driver.state.newRequest.kinds.firstIndex(of: .service(kind)))
        driver.press(Array(repeating: .down, count: row) + [.enter])
        try await driver.settle()
        #expect(driver.state.screen == .nouvelleDemande(.kind(kind)))
        return driver
    }

    @Test func theMenuWithoutOurKindsSaysWhereToAsk() async throws {
        let subscriber = Demo.subscriber()
        subscriber.update { $0.requestKinds = nil }
        let driver = try await Demo.after([.character("n")], subscriber: subscriber)
        #expect(driver.state.newRequest.kinds == NewRequestKind.standard)
        check(driver, "nouvelle-demande-sans-extensions")
    }

    /// "Payer" from Accueil: the invoice due, its dated instalments, the ways to pay.
    @Test func payer() async throws {
        let driver = try await Demo.after([.character("p")])
        #expect(driver.state.canRequestInstalments)
        let frame = driver.render().text
        #expect(frame.contains("https://paiement.eaux-demo.fr") && frame.contains("09 69 32 35 29"))
        check(driver, "payer")
        driver.press(.enter)
        try await driver.settle()
        #expect(driver.state.screen == .nouvelleDemande(.kind(.installments)))
    }

    @Test func installments() async throws {
        let driver = try await form(.installments)
        driver.press(.tab, .character(" "))
        #expect(driver.state.kindForm?.fields[.instalments] == "2")
        check(driver, "demande-paiement-plusieurs-fois")
    }

    @Test func directDebitMasksTheIBANOnceTyped() async throws {
        let driver = try await form(.directDebit)
        driver.type("FR14 2004 1010 0505 0001 3M02 606")
        driver.press(.tab)
        driver.type("PSSTFRPPXXX")
        driver.press(.tab)
        driver.type("Claire Martin")
        driver.press(.tab, .character(" "), .tab, .character(" "))
        #expect(driver.state.kindForm?.fields[.rhythm] == "echeance")
        #expect(driver.state.kindForm?.fields[.mandate] == "1")
        let frame = driver.render().text
        #expect(!frame.contains("3M02"), "the IBAN is masked once the focus left it")
        #expect(frame.contains("2606"))
        check(driver, "demande-prelevement")
    }

    @Test func directDebitRefusedLocally() async throws {
        let driver = try await form(.directDebit)
        driver.type("FR14 2004 1010 0505 0001 3M02 607")
        driver.press(.enter)
        try await driver.settle()
        #expect(driver.state.kindForm?.fields.problems[.iban] == .ibanChecksum)
        check(driver, "demande-prelevement-refus")
    }

    @Test func eInvoice() async throws {
        check(try await form(.eInvoice), "demande-facture-electronique")
    }

    @Test func moveOut() async throws {
        let driver = try await form(.moveOut)
        driver.press(.tab)
        driver.type("4100")
        check(driver, "demande-demenagement-depart")
    }

    @Test func moveIn() async throws {
        let driver = try await form(.moveIn)
        driver.type("3 rue Neuve")
        check(driver, "demande-demenagement-arrivee")
    }

    @Test func invoiceCopySent() async throws {
        let driver = try await form(.invoiceCopy)
        driver.press(.enter)
        try await driver.run(until: { $0.kindForm?.step.outcome != nil }, "the dry run")
        driver.press(.enter)
        try await driver.run(until: { $0.kindForm?.step.isBusy == false }, "the send")
        check(driver, "demande-duplicata-envoye")
    }
}

extension ServiceRequestKind {
    fileprivate var startsFromTheInvoiceDue: Bool { self == .installments || self == .invoiceCopy }
}
