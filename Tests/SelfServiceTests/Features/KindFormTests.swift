import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

/// Issue 14: the menu offers the kinds the server accepts, and the forms of our kinds run
/// through the one filing reducer (checks, dry run, send, drafts).
@MainActor
@Suite struct KindFormTests {
    let subscriber = FakeSubscriber()
    static let kinds = Set(ServiceRequestKind.allCases)
    static let payable = PayableInvoice(
        numeroFacture: "100024", netAPayer: Decimal(string: "77.46")!, dueDate: Fixtures.day("2026-04-15"),
        instalments: [
            Instalment(dueDate: nil, amount: Decimal(string: "25.82")!, reference: "svi-1"),
            Instalment(dueDate: nil, amount: Decimal(string: "25.82")!, reference: "svi-2"),
            Instalment(dueDate: nil, amount: Decimal(string: "25.82")!, reference: "svi-3"),
        ], reference: "svi")

    /// Opens the menu: the kinds are asked once and arrive.
    private func openMenu(_ store: TestStore<AppState, AppAction>, kinds: Set<ServiceRequestKind>?) async {
        await store.send(.navigate(.nouvelleDemande(.menu))) {
            $0.screen = .nouvelleDemande(.menu)
            $0.newRequest.availability = .loading
            $0.newRequest.instalmentsAllowed = $0.invoices.payable?.allowsInstalments == true
        }
        await store.receive(.newRequest(.kindsLoaded(.success(kinds)))) {
            $0.newRequest.availability = kinds.map(KindsAvailability.advertised) ?? .notAdvertised
        }
    }

    /// Payer (where the invoice due loads), back to Accueil, then the menu.
    static func menuAfterPayer(_ store: TestStore<AppState, AppAction>) async {
        await PaymentTests.visitPayer(store, kinds: kinds)
        await store.send(.back) { $0.screen = .accueil }
        await store.send(.navigate(.nouvelleDemande(.menu))) { $0.screen = .nouvelleDemande(.menu) }
    }

    private func store() async -> TestStore<AppState, AppAction> {
        appStore(await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber))
    }

    @Test func theMenuOffersTheKindsTheServerAccepts() async {
        let store = await store()
        await openMenu(store, kinds: Self.kinds)
        #expect(
            store.state.newRequest.kinds == [
                .transmettreIndex, .mettreAJourCoordonnees, .service(.directDebit), .service(.eInvoice),
                .service(.moveOut), .service(.moveIn), .service(.invoiceCopy),
            ], "no instalments without an invoice that offers them")
        #expect(!store.state.newRequest.othersUnavailable)
        await store.send(.back) { $0.screen = .accueil }
        // Asked once per session.
        await store.send(.navigate(.nouvelleDemande(.menu))) { $0.screen = .nouvelleDemande(.menu) }
        await store.finish()
    }

    @Test func instalmentsAreOfferedWhenTheInvoiceDueAllowsThem() async {
        subscriber.update { $0.payable = Self.payable }
        let store = appStore(await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber))
        #expect(store.state.invoices.payable == nil, "Accueil loads no invoice due (issue 13)")
        await Self.menuAfterPayer(store)
        #expect(store.state.newRequest.kinds.contains(.service(.installments)))
        await store.finish()
    }

    @Test func aServerWithoutOurKindsGetsOnlyIndexAndContactAndTheSentence() async {
        subscriber.update { $0.requestKinds = nil }
        let store = await store()
        await openMenu(store, kinds: nil)
        #expect(store.state.newRequest.kinds == NewRequestKind.standard)
        #expect(store.state.newRequest.othersUnavailable)
        await store.finish()
    }

    @Test func aFailedAnswerShowsOnlyOmegasKindsAndAsksAgainNextTime() async {
        let store = await store()
        subscriber.update { $0.failure = ServiceFailure(.unavailable) }
        await store.send(.navigate(.nouvelleDemande(.menu))) {
            $0.screen = .nouvelleDemande(.menu)
            $0.newRequest.availability = .loading
        }
        await store.receive(.newRequest(.kindsLoaded(.failure(ServiceFailure(.unavailable))))) {
            $0.newRequest.availability = .unknown
        }
        #expect(store.state.newRequest.kinds == NewRequestKind.standard)
        #expect(!store.state.newRequest.othersUnavailable)
        await store.finish()
    }

    /// Opens the form of `kind` from the menu.
    private func openForm(_ kind: ServiceRequestKind, payable: PayableInvoice? = nil) async -> TestStore<
        AppState, AppAction
    > {
        subscriber.update { $0.payable = payable }
        let store = await store()
        if payable == nil {
            await openMenu(store, kinds: Self.kinds)
        } else {
            await Self.menuAfterPayer(store)
        }
        await store.send(.navigate(.nouvelleDemande(.kind(kind)))) {
            $0.screen = .nouvelleDemande(.kind(kind))
            $0.kindForm = KindFormState(
                kind: kind, contract: Fixtures.contract, personneId: "per1", atCounter: false,
                email: "claire@example.org", payable: payable, lastReading: $0.readings.latest,
                today: Fixtures.now, language: .fr, idempotencyKey: "key-1")
        }
        await store.receive(.kindForm(.draftLoaded(nil)))
        return store
    }

    /// Enter twice: the dry run's confirmation, then the filing, its toast and Demandes' new row.
    private func checkThenSend(_ store: TestStore<AppState, AppAction>) async {
        await store.send(.kindForm(.form(.submit))) { $0.kindForm?.step = .validating }
        var wouldBe = subscriber.snapshot.outcome
        wouldBe.request.id = ""
        await store.receive(.kindForm(.answered(dryRun: true, .success(wouldBe)))) {
            $0.kindForm?.step = .confirming(wouldBe)
        }
        await store.send(.kindForm(.form(.submit))) { $0.kindForm?.step = .sending(wouldBe) }
        let outcome = subscriber.snapshot.outcome
        await store.receive(.kindForm(.answered(dryRun: false, .success(outcome)))) {
            $0.kindForm?.step = .sent(outcome.request)
            $0.requests.list.items.insert(outcome.request, at: 0)
            $0.toasts.items = [Toast(id: 1, message: .requestFiled(requestId: "42"))]
            $0.toasts.nextId = 2
        }
    }

    private func type(_ text: String, in field: KindField, _ store: TestStore<AppState, AppAction>) async {
        await store.send(.kindForm(.form(.set(field, text)))) {
            $0.kindForm?.fields[field] = text
            $0.kindForm?.fields.problems[field] = nil
        }
        await store.advance(by: FilingFormFeature<KindFormState>.draftDelay)
    }

    @Test func directDebitChecksTheIBANBeforeSendingAndSendsItCompact() async throws {
        let store = await openForm(.directDebit)
        #expect(store.state.kindForm?.fields.focus == .iban)
        #expect(store.state.kindForm?.fields[.rhythm] == "mensuel")
        #expect(store.state.kindForm?.fields[.mandate] == "0")
        await type("FR14 2004 1010 0505 0001 3M02 607", in: .iban, store)
        await type("PSST", in: .bic, store)
        await store.send(.kindForm(.form(.submit))) {
            $0.kindForm?.fields.problems = [
                .iban: .ibanChecksum, .bic: .bicFormat, .holder: .required, .mandate: .mandateNotAccepted,
            ]
        }
        #expect(subscriber.snapshot.filings.isEmpty)
        await type("fr14 2004 1010 0505 0001 3m02 606", in: .iban, store)
        await type("PSSTFRPPXXX", in: .bic, store)
        await type("Claire Martin", in: .holder, store)
        await store.send(.kindForm(.form(.set(.mandate, "1")))) {
            $0.kindForm?.fields[.mandate] = "1"
            $0.kindForm?.fields.problems = [:]
        }
        await store.advance(by: FilingFormFeature<KindFormState>.draftDelay)
        // Bank details are never written to a draft.
        let draft = try #require(store.state.kindForm?.draft)
        #expect(draft.values["iban"] == nil && draft.values["bic"] == nil)
        #expect(draft.values["holder"] == "Claire Martin")
        await checkThenSend(store)
        #expect(
            subscriber.snapshot.kindSubmissions.last
                == KindSubmission(
                    kind: .directDebit,
                    attributes: [
                        "contrat_id": "c1", "iban": "FR1420041010050500013M02606", "bic": "PSSTFRPPXXX",
                        "titulaire": "Claire Martin", "rythme": "mensuel", "mandat": "1",
                    ]))
        #expect(subscriber.snapshot.filings.map(\.key) == ["key-1", "key-1"])
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    /// What a person fills in each kind's form (the rest is prefilled).
    static let filled: [ServiceRequestKind: [KindField: String]] = [
        .installments: [.instalments: "2"],
        .directDebit: [
            .iban: "FR76 3000 6000 0112 3456 7890 189", .bic: "AGRIFRPP", .holder: "Claire Martin",
            .mandate: "1",
        ],
        .eInvoice: [:],
        .moveOut: [.index: "1300", .address: "3 rue Neuve", .postcode: "30000", .town: "Nîmes"],
        .moveIn: [.index: "12", .address: "3 rue Neuve", .postcode: "30000", .town: "Nîmes"],
        .invoiceCopy: [:],
    ]

    @Test(
        "each kind's form: typed, checked by a dry run, sent, then closed for Demandes",
        arguments: ServiceRequestKind.allCases)
    func filing(kind: ServiceRequestKind) async throws {
        let store = await openForm(kind, payable: Self.payable)
        for (field, text) in try #require(Self.filled[kind]).sorted(by: { $0.key.rawValue < $1.key.rawValue })
        {
            await type(text, in: field, store)
        }
        await checkThenSend(store)
        #expect(subscriber.snapshot.kindSubmissions.map(\.kind) == [kind, kind])
        #expect(subscriber.snapshot.filings.map(\.key) == ["key-1", "key-1"])
        #expect(!store.state.hasUnsavedInput)
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func aRefusalOfTheServiceGoesUnderItsField() async {
        let refusal = ServiceFailure(
            .refused, refusals: [Refusal(field: "nofacture", code: "invoice-unknown", text: "no invoice")])
        subscriber.update { $0.filingFailure = refusal }
        let store = await openForm(.invoiceCopy, payable: Self.payable)
        #expect(store.state.kindForm?.fields[.invoice] == "100024")
        #expect(store.state.kindForm?.fields[.email] == "claire@example.org")
        await store.send(.kindForm(.form(.submit))) { $0.kindForm?.step = .validating }
        await store.receive(.kindForm(.answered(dryRun: true, .failure(refusal)))) {
            $0.kindForm?.step = .editing
            $0.kindForm?.fields.problems = [.invoice: .refused(refusal.refusals[0])]
            $0.kindForm?.fields.focus = .invoice
        }
        await store.finish()
    }

    @Test(
        "each kind checks its fields and sends them under their wire names",
        arguments: [
            (
                ServiceRequestKind.installments, [KindField.instalments: "2"],
                ["contrat_id": "c1", "nofacture": "100024", "nb_echeances": "2"]
            ),
            (.eInvoice, [.electronic: "0", .email: ""], ["contrat_id": "c1", "efacture": "0"]),
            (
                .moveOut,
                [
                    .index: "1300", .date: "01/03/2026", .address: "3 rue Neuve", .postcode: "30000",
                    .town: "Nîmes",
                ],
                [
                    "contrat_id": "c1", "ni": "1300", "dateni": "2026-03-01", "adrpers1": "3 rue Neuve",
                    "cppers": "30000",
                    "villepers": "Nîmes",
                ]
            ),
            (
                .moveIn,
                [
                    .index: "12", .date: "05/04/2026", .address: "3 rue Neuve", .postcode: "30000",
                    .town: "Nîmes",
                ],
                [
                    "ni": "12", "dateni": "2026-04-05", "adrpers1": "3 rue Neuve", "cppers": "30000",
                    "villepers": "Nîmes",
                ]
            ),
            (
                .invoiceCopy, [.email: "copie@example.org"],
                ["contrat_id": "c1", "nofacture": "100024", "mail": "copie@example.org"]
            ),
        ])
    func submissions(kind: ServiceRequestKind, typed: [KindField: String], expected: [String: String]) throws
    {
        var form = KindFormState(
            kind: kind, contract: Fixtures.contract, personneId: "per1", atCounter: false,
            email: "claire@example.org",
            payable: Self.payable, lastReading: nil, today: Fixtures.now, language: .fr, idempotencyKey: "k")
        for (field, text) in typed { form.fields[field] = text }
        let submission = try form.validated().get()
        #expect(submission == KindSubmission(kind: kind, attributes: expected))
    }

    @Test func movingLocalChecksNameEachFieldAtFault() {
        var form = KindFormState(
            kind: .moveOut, contract: Fixtures.contract, personneId: "per1", atCounter: false, email: nil,
            payable: nil, lastReading: nil, today: Fixtures.now, language: .fr, idempotencyKey: "k")
        form.fields[.index] = "12a"
        form.fields[.date] = "31/02/2026"
        form.fields[.postcode] = "300"
        guard case .failure(let rejection) = form.validated() else {
            Issue.record("the form should be refused")
            return
        }
        #expect(
            rejection.problems == [
                .index: .notAWholeNumber, .date: .invalidDate, .address: .required,
                .postcode: .postcodeFormat,
                .town: .required,
            ])
    }

    @Test func anArrivalAtTheCounterNamesThePerson() throws {
        var form = KindFormState(
            kind: .moveIn, contract: Fixtures.contract, personneId: "per1", atCounter: true, email: nil,
            payable: nil, lastReading: nil, today: Fixtures.now, language: .fr, idempotencyKey: "k")
        for (field, text) in [
            KindField.index: "0", .address: "1 place du Marché", .postcode: "01000", .town: "Bourg",
        ] {
            form.fields[field] = text
        }
        #expect(try form.validated().get().attributes["personne_id"] == "per1")
    }

    @Test func choicesCycleWithSpaceBothWays() {
        #expect(KindField.rhythm.choice(after: "mensuel") == "echeance")
        #expect(KindField.rhythm.choice(after: "echeance") == "mensuel")
        #expect(KindField.mandate.choice(after: "0") == "1")
        #expect(KindField.instalments.choice(after: "3", by: -1) == "2")
        #expect(KindField.iban.choices == nil)
    }

    @Test func thePlanOfTheInvoiceDueIsDatedMonthByMonth() {
        let dated = PayableInvoice.dated(Self.payable.instalments, from: Self.payable.dueDate)
        #expect(
            dated.map(\.dueDate) == [
                Fixtures.day("2026-04-15"), Fixtures.day("2026-05-15"), Fixtures.day("2026-06-15"),
            ])
        var invoice = Self.payable
        invoice.instalments = dated
        #expect(
            invoice.plan(count: 2).map(\.amount) == [Decimal(string: "25.82")!, Decimal(string: "51.64")!])
        #expect(invoice.isLate(on: Fixtures.day("2026-04-16")))
        #expect(!invoice.isLate(on: Fixtures.day("2026-04-15")))
    }
}

/// IBAN and BIC checks on examples published by the IBAN registry (SWIFT, ISO 13616) and
/// the banks, valid and made invalid by one character.
@Suite struct BankDetailsTests {
    @Test(
        "published IBANs are valid, spaces and lower case allowed",
        arguments: [
            "FR14 2004 1010 0505 0001 3M02 606", "FR76 3000 6000 0112 3456 7890 189",
            "DE89 3704 0044 0532 0130 00",
            "GB82 WEST 1234 5698 7654 32", "BE68 5390 0754 7034", "NL91 ABNA 0417 1643 00",
            "ch93 0076 2011 6238 5295 7", "MC58 1122 2000 0101 2345 6789 030",
        ])
    func valid(iban: String) {
        #expect(BankDetails.ibanProblem(iban) == nil)
    }

    @Test(
        "an IBAN with a wrong character, length or country is refused with its reason",
        arguments: [
            ("FR14 2004 1010 0505 0001 3M02 607", FieldProblem.ibanChecksum),
            ("GB82 WEST 1234 5698 7654 33", .ibanChecksum),
            ("FR76 3000 6000 0112 3456 7890 819", .ibanChecksum),
            ("FR14 2004 1010 0505 0001 3M02 60", .ibanLength(expected: 27)),
            ("DE89 3704 0044 0532 0130 000", .ibanLength(expected: 22)),
            ("US64 SVBK US6S 3300 9673 8637", .ibanFormat),
            ("FRXX 2004 1010 0505 0001 3M02 606", .ibanFormat),
            ("FR14-2004-1010-0505-0001-3M02-606", .ibanFormat),
        ])
    func invalid(iban: String, problem: FieldProblem) {
        #expect(BankDetails.ibanProblem(iban) == problem)
    }

    @Test func bicsHaveTheISO9362Shape() {
        #expect(BankDetails.isBIC("BNPAFRPP"))
        #expect(BankDetails.isBIC("BNPAFRPPXXX"))
        #expect(BankDetails.isBIC("psstfrppscl"))
        #expect(!BankDetails.isBIC("BNPAFRP"))
        #expect(!BankDetails.isBIC("BNP1FRPPXXX"))
        #expect(!BankDetails.isBIC("BNPAFRPPXX"))
    }

    @Test func anIBANIsShownWithItsLastFourCharactersOnly() {
        let masked = BankDetails.masked("FR14 2004 1010 0505 0001 3M02 606")
        #expect(masked == "•••• •••• •••• •••• •••• ••• 2606")
        #expect(masked.filter { $0 != "•" && $0 != " " } == "2606")
    }
}
