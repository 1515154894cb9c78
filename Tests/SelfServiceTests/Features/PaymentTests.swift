import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

/// Issue 14, "Payer": the ways to pay read from the service's messages, and the screen's
/// loads and its way to the instalments request.
@MainActor
@Suite struct PaymentTests {
    @Test func theWaysToPayAreReadFromTheMessages() {
        let messages = [
            ServiceMessage(id: "1", title: "Relève", body: "Nos agents passent ce mois-ci."),
            ServiceMessage(
                id: "2", title: "Paiement en ligne",
                body:
                    "Réglez vos factures en ligne sur https://paiement.eaux-demo.fr ou par téléphone au 09 69 32 35 29 avec la référence."
            ),
        ]
        #expect(
            PaymentChannels.from(messages)
                == PaymentChannels(url: "https://paiement.eaux-demo.fr", phone: "09 69 32 35 29"))
        #expect(
            PaymentChannels.from([ServiceMessage(id: "3", title: "", body: "Appelez le +33 4 66 12 34 56.")])
                .phone
                == "+33 4 66 12 34 56")
        let fallback = PaymentChannels(url: "https://config.example", phone: nil)
        #expect(PaymentChannels.from([messages[0]], fallback: fallback) == fallback)
        #expect(
            PaymentChannels.from([ServiceMessage(id: "4", title: "", body: "Réf. 0123456 du 2026")]).isEmpty)
    }

    @Test func payerLoadsWhatItShowsAndOpensTheInstalmentsRequest() async {
        let subscriber = FakeSubscriber()
        subscriber.update { $0.payable = KindFormTests.payable }
        let store = appStore(await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber))
        let kinds = Set(ServiceRequestKind.allCases)
        await Self.visitPayer(store, kinds: kinds)
        #expect(store.state.canRequestInstalments)
        await store.send(.back) { $0.screen = .accueil }
        subscriber.update { $0.requestKinds = nil }
        await store.finish()
    }

    @Test func withoutOurKindsPayerOffersNoInstalmentsRequest() async {
        let subscriber = FakeSubscriber()
        subscriber.update {
            $0.payable = KindFormTests.payable
            $0.requestKinds = nil
        }
        let store = appStore(await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber))
        await Self.visitPayer(store, kinds: nil)
        #expect(!store.state.canRequestInstalments)
        await store.finish()
    }

    /// Payer from Accueil: the kinds the server accepts and the invoice due load (Accueil
    /// does not load that invoice, so the menu offers instalments only after this).
    static func visitPayer(_ store: TestStore<AppState, AppAction>, kinds: Set<ServiceRequestKind>?) async {
        await store.send(.navigate(.payer)) {
            $0.screen = .payer
            $0.newRequest.availability = .loading
            $0.invoices.isLoadingPayable = true
        }
        await store.receive(.newRequest(.kindsLoaded(.success(kinds)))) {
            $0.newRequest.availability = kinds.map(KindsAvailability.advertised) ?? .notAdvertised
        }
        await store.receive(
            .invoices(.payableLoaded(contratId: Fixtures.contract.id, .success(KindFormTests.payable)))
        ) {
            $0.invoices.isLoadingPayable = false
            $0.invoices.payable = KindFormTests.payable
            $0.invoices.payableContract = Fixtures.contract.id
            $0.newRequest.instalmentsAllowed = true
        }
    }
}
