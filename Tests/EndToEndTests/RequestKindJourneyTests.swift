import Foundation
import Testing

/// Issue 14: each of our request kinds with the real `omega-tui` in tmux against a real
/// `omega-sandbox --review auto`, from the "Nouvelle demande" menu (or "Payer") to
/// "Terminée"; and the menu of a sandbox started with `--no-extensions`.
@Suite("Request kinds: omega-tui in tmux")
struct RequestKindJourneyTests {
    /// The menu entries, in the order the menu gives them.
    static let menu = [
        "Transmettre un index", "Mettre à jour mes coordonnées", "Payer en plusieurs fois",
        "Mensualisation / prélèvement automatique", "Facture électronique", "Déménagement : départ",
        "Déménagement : arrivée", "Duplicata de facture par e-mail",
    ]

    /// Logs in as the demo subscriber against an auto-reviewing sandbox, runs `body`, stops all.
    static func withDemo(
        sandboxArguments: [String] = ["--review", "auto"], invoiceDue: Bool = false,
        _ body: (TmuxSession, SandboxProcess) async throws -> Void
    ) async throws {
        let sandbox = try await SandboxProcess(arguments: sandboxArguments)
        defer { sandbox.stop() }
        if invoiceDue { try makeInvoiceDue(sandbox) }
        let tui = try TmuxSession.omegaTUI(against: sandbox, home: sandbox.file("home"))
        defer { tui.kill() }
        try await tui.logInAsDemo()
        try await body(tui, sandbox)
    }

    @Test("against a sandbox without extensions the menu offers index and contact only, and says why")
    func withoutExtensions() async throws {
        try await Self.withDemo(sandboxArguments: ["--review", "auto", "--no-extensions"]) { tui, _ in
            try tui.send("n")
            let screen = try await tui.waitForScreen {
                $0.contains("à demander directement au service des eaux")
            }
            #expect(
                screen.contains("Transmettre un index") && screen.contains("Mettre à jour mes coordonnées"))
            for entry in Self.menu.dropFirst(2) {
                #expect(!screen.contains(entry), "\(entry) offered by a server without it:\n\(screen)")
            }
            // Omega's own kinds still work: the index form opens.
            try tui.send("Enter")
            #expect(try await tui.waitFor("Dernier index"), "no index form:\n\(tui.snapshot)")
        }
    }

    @Test("payer en plusieurs fois: from Payer to Terminée")
    func installments() async throws {
        try await Self.withDemo(invoiceDue: true) { tui, _ in
            try tui.send("p")
            let payment = try await tui.waitForScreen {
                $0.contains("Pour payer") && $0.contains("Référence de paiement")
            }
            #expect(payment.contains("fois possible"), "the invoice due offers no instalments:\n\(payment)")
            #expect(payment.contains("https://paiement.eaux-demo.fr") && payment.contains("09 69 32 35 29"))
            try tui.send("Enter")
            #expect(try await tui.waitFor("Échéances"), "no instalments form:\n\(tui.snapshot)")
            try await Self.fileUntilClosed(tui)
        }
    }

    @Test("mensualisation / prélèvement: a French IBAN, masked, to Terminée")
    func directDebit() async throws {
        try await Self.withDemo { tui, _ in
            try await Self.open("Mensualisation / prélèvement automatique", tui)
            try tui.type("FR76 3000 6000 0112 3456 7890 189")
            try tui.send("Tab")
            try tui.type("AGRIFRPP")
            try tui.send("Tab")
            try tui.type("Jeanne Fontaine")
            try tui.send("Tab", "Tab", "Space")
            let form = try await tui.waitForScreen { $0.contains("[x] accepté") }
            #expect(!form.contains("3000 6000"), "the IBAN is shown in full:\n\(form)")
            #expect(form.contains("0189"))
            try await Self.fileUntilClosed(tui)
        }
    }

    @Test("facture électronique: to Terminée")
    func eInvoice() async throws {
        try await Self.withDemo { tui, _ in
            try await Self.open("Facture électronique", tui)
            #expect(try await tui.waitFor("par e-mail"))
            try await Self.fileUntilClosed(tui)
        }
    }

    @Test("déménagement, départ: the final index, then Terminée")
    func moveOut() async throws {
        try await Self.withDemo { tui, _ in
            try await Self.open("Déménagement : départ", tui)
            let form = try await tui.waitForScreen { $0.contains("Dernier index") }
            let last = try #require(ScreenText.lastIndex(in: form)?.value, "no last index:\n\(form)")
            try tui.send("Tab")
            try tui.type(String(last + 1))
            try tui.send("Tab")
            try tui.type("3 rue Neuve")
            try tui.send("Tab")
            try tui.type("30000")
            try tui.send("Tab")
            try tui.type("Nîmes")
            try await Self.fileUntilClosed(tui)
        }
    }

    @Test("déménagement, arrivée: to Terminée")
    func moveIn() async throws {
        try await Self.withDemo { tui, _ in
            try await Self.open("Déménagement : arrivée", tui)
            try tui.type("3 rue Neuve")
            try tui.send("Tab")
            try tui.type("30000")
            try tui.send("Tab")
            try tui.type("Nîmes")
            try tui.send("Tab", "Tab")
            try tui.type("12")
            try await Self.fileUntilClosed(tui)
        }
    }

    @Test("duplicata par e-mail: to Terminée, and the e-mail is in the sandbox's outbox")
    func invoiceCopy() async throws {
        try await Self.withDemo(invoiceDue: true) { tui, sandbox in
            try await Self.open("Duplicata de facture par e-mail", tui)
            try await Self.fileUntilClosed(tui)
            let outbox = try runToCompletion(
                Products.executable("omega-sandbox"), ["outbox", "--db", sandbox.file("sandbox.sqlite").path])
            #expect(outbox.output.contains("Duplicata de votre facture"), "\(outbox.output)")
        }
    }

    /// Makes the latest invoice of the demo house (contract 343025705) due and payable in
    /// three instalments, as the demo data has it only on some days of the year.
    static func makeInvoiceDue(_ sandbox: SandboxProcess) throws {
        let sql = """
            UPDATE facture SET solde = 0, preleve = 0, annulee = 0, avoir = 0, nap = '240.00', p_nf_possible = 1,
            echeance1 = '80.00', echeance2 = '80.00', vad = facture_id || 'svi', vad_recur1 = facture_id || 'svi-1',
            vad_recur2 = facture_id || 'svi-2', vad_recur3 = facture_id || 'svi-3'
            WHERE facture_id = (SELECT f.facture_id FROM facture f JOIN contrat c ON c.contrat_id = f.contrat_id
            WHERE c.numcontrat = '343025705' ORDER BY f.datefact DESC LIMIT 1)
            """
        let script =
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()"
        let result = try runToCompletion(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", script, sandbox.file("sandbox.sqlite").path, sql])
        #expect(result.status == 0, "update failed: \(result.output)")
    }

    /// `n`, then the arrows down to `entry` and Enter.
    static func open(_ entry: String, _ tui: TmuxSession) async throws {
        try tui.send("n")
        let screen = try await tui.waitForScreen { $0.contains(entry) }
        let shown = menu.filter { screen.contains($0) }
        let row = try #require(shown.firstIndex(of: entry), "\(entry) not in the menu:\n\(screen)")
        for _ in 0..<row { try tui.send("Down") }
        try tui.send("Enter")
        let form = try await tui.waitForScreen {
            $0.contains("Valider") && !$0.contains("Que souhaitez-vous faire")
        }
        #expect(form.contains("Valider"), "no form for \(entry):\n\(form)")
    }

    /// Enter (dry run), Enter (send), Enter (Demandes), then waits for the request "Terminée".
    static func fileUntilClosed(_ tui: TmuxSession) async throws {
        try tui.send("Enter")
        #expect(
            try await tui.waitFor("Le service accepterait", timeout: .seconds(20)),
            "the dry run did not pass:\n\(tui.snapshot)")
        try tui.send("Enter")
        let sent = try await tui.waitForScreen(timeout: .seconds(20)) { $0.contains("envoyée") }
        let id = try #require(requestID(in: sent), "no request number:\n\(sent)")
        try tui.send("Enter")
        let closed = try await tui.waitForScreen(timeout: .seconds(40)) { screen in
            screen.contains("— Demandes")
                && screen.split(separator: "\n").contains { $0.contains(id) && $0.contains("Terminée") }
        }
        #expect(
            closed.split(separator: "\n").contains { $0.contains(id) && $0.contains("Terminée") },
            "request \(id) never reached Terminée:\n\(closed)")
    }

    /// The number in "Demande n° 12 envoyée".
    static func requestID(in screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("envoyée") }),
            let range = line.range(of: "n° ")
        else { return nil }
        return String(line[range.upperBound...].prefix { $0.isNumber })
    }
}
