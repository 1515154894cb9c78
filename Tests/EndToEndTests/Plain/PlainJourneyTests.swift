import Foundation
import Testing

/// Plain mode (the screen-reader mode) with the real binaries on a pty: every byte the
/// program writes is kept, so the tests prove that nothing moves the cursor, nothing is
/// redrawn, and that the lines read in the order of the journey.
@Suite("omega-tui plain mode on a pty")
struct PlainJourneyTests {
    static let password = "Eau-Claire-2026"

    /// The environment of a person's terminal, with `TERM` as given and private folders.
    static func environment(home: URL, term: String) -> [String: String] {
        [
            "TERM": term, "LANG": "C.UTF-8", "HOME": home.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        ].merging(SanitizerOptions.inherited) { $1 }
    }

    @Test("TERM=dumb: log in, readings, invoices, file an index, see it in the requests, quit")
    func subscriberJourney() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "auto"])
        defer { sandbox.stop() }
        let pty = try PtySession(
            Products.executable("omega-tui"),
            arguments: ["--server", sandbox.baseURL + "/api/v1/", "--lang", "fr"],
            environment: Self.environment(home: sandbox.file("home"), term: "dumb"))
        defer { pty.stop() }

        #expect(try await pty.waitFor("E-mail : "), "no login prompt:\n\(pty.transcript)")
        pty.typeLine("demo@omega.test")
        #expect(try await pty.waitFor("Mot de passe : "))
        pty.typeLine(Self.password)
        #expect(try await pty.waitFor("Se souvenir de moi (o/n) [non] : "))
        pty.typeLine("n")
        #expect(try await pty.waitFor("Dernier relevé : index"), "no dashboard:\n\(pty.transcript)")
        #expect(try await pty.waitFor("Votre choix : ", after: Self.position(of: "Dernier relevé", in: pty)))

        var mark = pty.transcript.count
        pty.typeLine("r")
        #expect(try await pty.waitFor(" : index ", after: mark), "no readings:\n\(pty.transcript)")
        mark = pty.transcript.count
        pty.typeLine("f")
        #expect(try await pty.waitFor("Facture ", after: mark), "no invoices:\n\(pty.transcript)")

        mark = pty.transcript.count
        pty.typeLine("a")
        #expect(try await pty.waitFor("4. Transmettre un index", after: mark))
        mark = pty.transcript.count
        pty.typeLine("4")
        #expect(try await pty.waitFor("Nouvel index : ", after: mark), "no index form:\n\(pty.transcript)")
        let last = try #require(Self.lastIndex(in: pty.transcript), "no last index:\n\(pty.transcript)")
        pty.typeLine(String(last + 37))
        #expect(try await pty.waitFor("Date du relevé [", after: mark))
        pty.typeLine("")
        #expect(try await pty.waitFor("Commentaire : ", after: mark))
        pty.typeLine("")
        #expect(try await pty.waitFor("Consommation depuis le dernier index : 37 m³", after: mark))
        #expect(try await pty.waitFor("1. Envoyer", after: mark))
        mark = pty.transcript.count
        pty.typeLine("1")
        #expect(try await pty.waitFor("envoyée", after: mark), "not sent:\n\(pty.transcript)")
        let sent = try #require(
            Self.requestNumber(in: pty.transcript), "no request number:\n\(pty.transcript)")
        #expect(try await pty.waitFor("1. Voir les demandes", after: mark))
        mark = pty.transcript.count
        pty.typeLine("1")
        #expect(
            try await pty.waitFor("Demande n° \(sent) du ", after: mark),
            "not in Demandes:\n\(pty.transcript)")

        // The service closes the request meanwhile: said on new lines, as it happens.
        #expect(
            try await pty.waitFor("→ Terminée", after: mark, timeout: .seconds(40)),
            "the status change was not said:\n\(pty.transcript)")
        pty.typeLine("q")
        let status = try await pty.waitForExit()
        #expect(status == 0, "exit status \(String(describing: status)):\n\(pty.transcript)")

        let transcript = pty.transcript
        PlainTranscriptCheck.expectLineMode(pty.raw)
        #expect(!transcript.contains(Self.password), "the password was echoed")
        PlainTranscriptCheck.expectInOrder(
            [
                "Omega, mode texte", "Connexion", "E-mail : demo@omega.test", "Mot de passe : \n", "Accueil",
                "Dernier relevé : index", "Votre choix : r", "Relevés", " : index ", "Votre choix : f",
                "Factures",
                "Facture ", "Votre choix : 4", "Transmettre un index", "Dernier index : ",
                "Nouvel index : \(last + 37)", "Vérification…",
                "Consommation depuis le dernier index : 37 m³",
                "Choix :", "1. Envoyer", "Demande n° \(sent) envoyée", "Demandes", "Demande n° \(sent) du ",
                "→ Terminée",
            ], in: transcript)
    }

    @Test("--counter --plain: search a contract, open it, file an index with the agent, close it")
    func counterJourney() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let partner = try PlainCounterPartner(work: work)
        let sandbox = try RunningProcess(
            Products.executable("omega-sandbox"),
            arguments: [
                "serve", "--port", "0", "--seed", "1", "--subscribers", "200", "--review", "manual",
                "--db", work.appendingPathComponent("sandbox.sqlite").path, "--partner-keys",
                partner.keys.path,
            ])
        defer { sandbox.stop() }
        let listening = try #require(
            try await sandbox.waitForLine(timeout: .seconds(60)) { $0.hasPrefix("listening on ") })
        let base = String(listening.dropFirst("listening on ".count))
        let lastIndex = try #require(Int(try partner.check("last-index", base: base)))
        let audit = work.appendingPathComponent("audit.jsonl")

        let pty = try PtySession(
            Products.executable("omega-tui"),
            arguments: [
                "--counter", "--plain", "--server", base + "/api/v1/", "--partner-credentials",
                partner.credentials.path, "--audit-log", audit.path, "--lang", "fr",
            ],
            environment: Self.environment(home: work.appendingPathComponent("home"), term: "xterm-256color"))
        defer { pty.stop() }

        #expect(try await pty.waitFor("N° de contrat : "), "no search prompt:\n\(pty.transcript)")
        pty.typeLine(PlainCounterPartner.contract)
        #expect(
            try await pty.waitFor("1. \(PlainCounterPartner.contract) — "), "no result:\n\(pty.transcript)")
        #expect(try await pty.waitFor("Votre choix : "))
        var mark = pty.transcript.count
        pty.typeLine("1")
        #expect(
            try await pty.waitFor("Dernier relevé : index", after: mark), "not opened:\n\(pty.transcript)")
        #expect(try await pty.waitFor("Votre choix : ", after: mark))
        mark = pty.transcript.count
        pty.typeLine("4")
        #expect(try await pty.waitFor("Nouvel index : ", after: mark), "no index form:\n\(pty.transcript)")
        let index = lastIndex + 5
        pty.typeLine(String(index))
        #expect(try await pty.waitFor("Date du relevé [", after: mark))
        pty.typeLine("")
        #expect(try await pty.waitFor("Commentaire : ", after: mark))
        pty.typeLine("")
        #expect(try await pty.waitFor("5 m³", after: mark), "no dry run:\n\(pty.transcript)")
        #expect(try await pty.waitFor("Votre choix : ", after: mark))
        mark = pty.transcript.count
        pty.typeLine("1")
        #expect(try await pty.waitFor("envoyée", after: mark), "not sent:\n\(pty.transcript)")
        let filed = try partner.check("agent", base: base).split(separator: " ").map(String.init)
        #expect(filed.count == 3)
        #expect(filed.last == "\(index)", "the server has \(filed)")

        mark = pty.transcript.count
        pty.typeLine("q")
        #expect(try await pty.waitFor("Rechercher un abonné", after: mark), "not back:\n\(pty.transcript)")
        #expect(try await pty.waitFor("N° de contrat : ", after: mark))
        pty.typeLine("!q")
        let status = try await pty.waitForExit()
        #expect(status == 0, "exit status \(String(describing: status)):\n\(pty.transcript)")

        PlainTranscriptCheck.expectLineMode(pty.raw)
        PlainTranscriptCheck.expectInOrder(
            [
                "Rechercher un abonné", "Guichet — agent ", "Rechercher par : N° de contrat",
                "N° de contrat : \(PlainCounterPartner.contract)", "Recherche en cours…", "1 abonné",
                "1. \(PlainCounterPartner.contract) — ", "Votre choix : 1", "Accueil", "— pour ",
                "Dernier relevé : index", "Transmettre un index", "Nouvel index : \(index)",
                "Consommation depuis le dernier index : 5 m³", "1. Envoyer",
                "Demande n° \(filed.first ?? "?") envoyée",
                "Rechercher un abonné",
            ], in: pty.transcript)
        let auditText = try String(contentsOf: audit, encoding: .utf8)
        #expect(auditText.contains("\"action\":\"file.reading\""))

        // The same subscriber's requests as a script at the counter: the index just filed.
        let script = try ScriptCommandTests.omegaTUI(
            [
                "--counter", "--server", base + "/api/v1/", "--partner-credentials", partner.credentials.path,
                "demandes", "--contrat", PlainCounterPartner.contract, "--format", "csv",
            ], home: work.appendingPathComponent("home"))
        #expect(script.status == 0, "\(script.output)")
        let rows = try CSVRows.parse(script.output, separator: ";")
        #expect(rows.first?.first == "N° de demande")
        #expect(rows.dropFirst().contains { $0.first == filed.first }, "\(script.output)")
    }

    /// Where `text` first appears (the transcript's length when it does not).
    static func position(of text: String, in pty: PtySession) -> Int {
        let transcript = pty.transcript
        guard let range = transcript.range(of: text) else { return transcript.count }
        return transcript.distance(from: transcript.startIndex, to: range.lowerBound)
    }

    /// The last index the form states ("Dernier index : 4 020 le 12/08/2026").
    static func lastIndex(in transcript: String) -> Int? {
        guard let line = transcript.split(separator: "\n").last(where: { $0.hasPrefix("Dernier index : ") })
        else {
            return nil
        }
        let digits = line.dropFirst("Dernier index : ".count).prefix { $0.isNumber || $0 == " " }
        return Int(digits.filter(\.isNumber))
    }

    /// The number in "Demande n° 12 envoyée".
    static func requestNumber(in transcript: String) -> String? {
        guard let line = transcript.split(separator: "\n").last(where: { $0.contains(" envoyée") }),
            let range = line.range(of: "Demande n° ")
        else { return nil }
        return String(line[range.upperBound...].prefix { $0.isNumber })
    }
}

/// A partner key for the sandbox and the agent's credentials file, as the counter test has.
struct PlainCounterPartner {
    static let id = "e2e-plain"
    static let key = "e2e-plain-secret-key-0123456789abcdef"
    static let apiID = "e2e@plain"
    static let contract = "343025705"

    let keys: URL
    let credentials: URL

    init(work: URL) throws {
        let files = try PartnerFiles(work: work, id: Self.id, key: Self.key, apiID: Self.apiID)
        (keys, credentials) = (files.keys, files.credentials)
    }

    /// Runs the independent Python partner client (`last-index`, `agent`).
    func check(_ command: String, base: String) throws -> String {
        let result = try runToCompletion(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", Products.script("counter_partner_check.py").path, command, base, Self.id, Self.key,
                Self.apiID, Self.contract,
            ])
        guard result.status == 0 else { throw PlainTestError(description: "partner check: \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct PlainTestError: Error, CustomStringConvertible {
    var description: String
}
