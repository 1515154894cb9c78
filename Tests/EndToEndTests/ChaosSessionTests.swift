import Foundation
import Testing

/// Issue 10's chaos session: the real `omega-tui` driven by 200 scripted actions against an
/// `omega-sandbox` that fails one request in five (500/502/503, delays, trickled and cut
/// bodies, resets after the work was done). It must end with no crash, no typed index lost
/// and no request filed twice, counted in the sandbox's database.
@Suite("omega-tui against a sandbox in chaos")
struct ChaosSessionTests {
    /// What the session saw, for the failure messages.
    struct Tally: CustomStringConvertible {
        var actions = 0
        var filed = 0
        var refusedOrFailed = 0
        var lostDrafts: [String] = []
        var logins = 0
        var filedValues: [String] = []

        var description: String {
            "\(actions) actions, \(filed) indexes sent, \(refusedOrFailed) sends that failed first, "
                + "\(logins) logins, lost drafts: \(lostDrafts)"
        }
    }

    @Test("200 actions at --chaos 0.2: no crash, no lost draft, no request filed twice")
    func chaosSession() async throws {
        let sandbox = try await SandboxProcess(arguments: [
            "--review", "auto", "--chaos", "0.2", "--chaos-seed", "2026",
        ])
        defer { sandbox.stop() }
        let tui = try TmuxSession.omegaTUI(against: sandbox, home: sandbox.file("home"))
        defer { tui.kill() }
        var tally = Tally()
        try await Self.logIn(tui, &tally)

        var random = SeededRandom(seed: 2026)
        while tally.actions < 200 {
            let roll = random.next(below: 100)
            switch roll {
            case 0..<40: try tui.send(["r", "f", "d", "m", "a"][random.next(below: 5)])
            case 40..<55: try tui.send("C-r")
            case 55..<75: try tui.send(["Down", "Up", "PageDown", "Home", "End"][random.next(below: 5)])
            case 75..<80: try await Self.fileAnIndex(tui, &tally)
            case 80..<90: try await Self.fileAPhoneChange(tui, &tally)
            case 90..<95:
                try tui.send("?")
                try await Task.sleep(for: .milliseconds(150))
                try tui.send("Escape")
            default: try tui.send("Escape")
            }
            tally.actions += 1
            try await Task.sleep(for: .milliseconds(150))
            #expect(try !tui.programExited(), "omega-tui ended after \(tally):\n\(tui.snapshot)")
            if try tui.programExited() { return }
            if try tui.screen().contains("— Connexion") { try await Self.logIn(tui, &tally) }
        }
        // F10 quits from any screen (`q` would be typed into an open form); with input it asks
        // first ("Quitter ?", whose default button quits and keeps the draft). A discard dialog
        // left open by the last action is closed first.
        for _ in 0..<6 {
            if try tui.programExited() { break }
            let screen = try tui.screen()
            if screen.contains("Quitter ?") {
                try tui.send("Enter")
            } else if screen.contains("Abandonner la saisie") {
                try tui.send("Escape")
            } else {
                try tui.send("F10")
            }
            _ = try await SubscriberJourneyTests.waitUntil(timeout: .seconds(2)) { try tui.programExited() }
        }
        #expect(try tui.programExited(), "omega-tui did not quit:\n\(tui.snapshot)")

        #expect(tally.lostDrafts.isEmpty, "\(tally)")
        #expect(tally.filed >= 3, "too few indexes went through for the session to mean much: \(tally)")
        // Each filing carried a value of its own: the same payload twice is a duplicate.
        let duplicates = try Self.query(
            sandbox,
            """
            SELECT req_code || ' ×' || count(*) || ' ' || payload FROM request
            WHERE account_id IS NOT NULL GROUP BY req_code, payload HAVING count(*) > 1
            """)
        #expect(duplicates.isEmpty, "requests filed twice: \(duplicates); \(tally)")
        let payloads = try Self.query(sandbox, "SELECT payload FROM request WHERE account_id IS NOT NULL")
        // Digits only: the contact form writes a phone number in pairs ("06 11 00 37 00").
        let digits = payloads.map { $0.filter(\.isNumber) }
        for value in tally.filedValues {
            #expect(
                digits.contains { $0.contains(value.filter(\.isNumber)) },
                "\(value) was said sent but is not in the database: \(payloads)")
        }
    }

    /// Logs in as the demo subscriber, pressing Enter again while the service fails.
    static func logIn(_ tui: TmuxSession, _ tally: inout Tally) async throws {
        #expect(try await tui.waitFor("Connexion"), "no login screen:\n\(tui.snapshot)")
        tally.logins += 1
        try tui.type("demo@omega.test")
        try tui.send("Tab")
        try tui.type("Eau-Claire-2026")
        for _ in 0..<8 {
            try tui.send("Enter")
            if try await tui.waitFor("Dernier relevé", timeout: .seconds(10)) { return }
        }
        Issue.record("no dashboard after eight tries:\n\(tui.snapshot)")
    }

    /// From anywhere: Accueil, `n`, "Transmettre un index", the last index plus a few m³,
    /// then Enter (check) and Enter (send) while the service fails.
    static func fileAnIndex(_ tui: TmuxSession, _ tally: inout Tally) async throws {
        guard try await openNewRequest(tui, downs: 0, until: "Dernier index") else { return }
        guard let last = ScreenText.lastIndex(in: try tui.screen())?.value else {
            try tui.send("Escape")
            return
        }
        let value = String(last + 11 + tally.filed)
        // A form left earlier keeps its draft and opens with it: typing would add to it.
        try tui.send("End")
        try tui.send("C-u")
        try tui.type(value)
        try await send(value, tui, &tally)
    }

    /// From anywhere: Accueil, `n`, "Mettre à jour mes coordonnées", a new phone number (one
    /// per filing, so a duplicate shows in the database), then check and send.
    static func fileAPhoneChange(_ tui: TmuxSession, _ tally: inout Tally) async throws {
        guard try await openNewRequest(tui, downs: 1, until: "Modifiez vos coordonnées") else { return }
        for _ in 0..<5 { try tui.send("Tab") }
        try tui.send("End")
        try tui.send("C-u")
        let value = String(format: "0611%06d", tally.actions * 100 + tally.filed)
        try tui.type(value)
        try await send(value, tui, &tally)
    }

    /// Opens the `downs`-th entry of the new-request menu from Accueil and waits for `title`.
    static func openNewRequest(_ tui: TmuxSession, downs: Int, until title: String) async throws -> Bool {
        try tui.send("Escape")
        try tui.send("a")
        try tui.send("n")
        // The menu's own question: "Transmettre un index" is also the title of the index form,
        // which a slow app may still show from the previous action (under ThreadSanitizer the
        // next keys then went to that form, or to no form at all).
        guard try await tui.waitFor("Que souhaitez-vous faire ?", timeout: .seconds(10)) else { return false }
        for _ in 0..<downs { try tui.send("Down") }
        try tui.send("Enter")
        if try await tui.waitFor(title, timeout: .seconds(15)) { return true }
        try tui.send("Escape")
        return false
    }

    /// Enter until the form says the request was sent; `value`, typed in the form, must stay
    /// on screen through every failure. A refusal that will not change gives the form up.
    static func send(_ value: String, _ tui: TmuxSession, _ tally: inout Tally) async throws {
        // The keys just typed first: a screen captured while the app was still drawing them
        // ("40" of "4050"), with a previous failure's toast still up, passed for the answer
        // to Enter and the value for lost.
        guard try await tui.waitFor(value, timeout: .seconds(10)) else {
            tally.lostDrafts.append("\(value) never shown after typing:\n\(try tui.screen())")
            return
        }
        var before = try tui.screen()
        for _ in 0..<8 {
            try tui.send("Enter")
            // A screen other than the one Enter was typed on: the confirmation's "Entrée pour
            // envoyer" is still captured for a moment after Enter, and taking it for the answer
            // typed the next Enter on the sent form (to Demandes, where the draft looked lost).
            let screen = try await tui.waitForScreen(timeout: .seconds(8)) {
                $0 != before && (Self.saysSent($0) || $0.contains("Entrée pour") || Self.showsAProblem($0))
            }
            before = screen
            if Self.saysSent(screen) {
                tally.filed += 1
                tally.filedValues.append(value)
                try tui.send("Enter")
                return
            }
            guard Self.showsAProblem(screen) else { continue }
            tally.refusedOrFailed += 1
            if !screen.contains(value) {
                tally.lostDrafts.append("\(value) after:\n\(screen)")
                return
            }
            if !Self.isWorthRetrying(screen) {
                try tui.send("Escape")
                try tui.send("Enter")  // "Abandonner" in the discard dialog
                return
            }
        }
        try tui.send("Escape")
        try tui.send("Enter")
    }

    /// The form's own line, « Demande n° 12 envoyée : … », not the toast « Demande n° 11
    /// envoyée. » that a previous filing may still show over the next form.
    static func saysSent(_ screen: String) -> Bool {
        screen.range(of: #"Demande n°\s?\S+ envoyée\s?:"#, options: .regularExpression) != nil
    }

    /// Whether the form shows a failure of the service or the network, or a refusal.
    static func showsAProblem(_ screen: String) -> Bool {
        isWorthRetrying(screen) || screen.contains("Corrigez") || screen.contains("déjà en cours")
            || screen.contains("postérieure") || screen.contains("inférieur")
            || screen.contains("doit suivre")
            || screen.contains("ne peut pas")
    }

    /// Whether the problem is the network's or the service's (Enter again may work).
    static func isWorthRetrying(_ screen: String) -> Bool {
        ["ne répond pas", "indisponible", "Réessayez", "n'a pas pu", "illisible"].contains {
            screen.contains($0)
        }
    }

    /// Rows of a query on the sandbox's database (read beside the running server: WAL).
    static func query(_ sandbox: SandboxProcess, _ sql: String) throws -> [String] {
        let script =
            "import sqlite3, sys; [print(row[0]) for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]"
        let result = try runToCompletion(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", script, sandbox.file("sandbox.sqlite").path, sql])
        #expect(result.status == 0, "query failed: \(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }
}

/// SplitMix64: the same actions in every run.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(bound))
    }
}
