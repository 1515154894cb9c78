import Foundation
import Testing

/// The scripting commands of the real binary: one exit status per kind of failure
/// (docs/scripting.md), and data on stdout that a program can read back.
@Suite("omega-tui scripting commands")
struct ScriptCommandTests {
    /// Runs `omega-tui arguments` with exactly `environment` and the sanitizer's options, if any
    /// (no terminal: stdin is /dev/null).
    static func omegaTUI(_ arguments: [String], environment: [String: String] = [:], home: URL) throws -> (
        status: Int32, output: String
    ) {
        var variables = [
            "LANG": "C.UTF-8", "HOME": home.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin",
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        ].merging(SanitizerOptions.inherited) { $1 }
        for (key, value) in environment { variables[key] = value }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return try runToCompletion(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["-i"] + assignments + [Products.executable("omega-tui").path] + arguments)
    }

    static func temporaryHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    @Test("usage errors exit 2 with the reason, never ArgumentParser's 64")
    func usage() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let format = try Self.omegaTUI(["releves", "--format", "xml", "--lang", "fr"], home: home)
        #expect(format.status == 2, "\(format)")
        #expect(format.output.contains("xml"))
        let index = try Self.omegaTUI(["index", "douze"], home: home)
        #expect(index.status == 2, "\(index)")
        #expect(index.output.contains("douze"))
        let since = try Self.omegaTUI(["releves", "--depuis", "31/02/2026"], home: home)
        #expect(since.status == 2, "\(since)")
        let separator = try Self.omegaTUI(["factures", "--separateur", "|"], home: home)
        #expect(separator.status == 2, "\(separator)")
    }

    @Test("no server, or an unreadable config.toml, exits 78 (configuration)")
    func configuration() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let noServer = try Self.omegaTUI(["releves"], home: home)
        #expect(noServer.status == 78, "\(noServer)")
        #expect(noServer.output.contains("Aucun serveur"), "\(noServer.output)")
        let config = home.appendingPathComponent("config/omega-tui")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "server = [unclosed".write(
            to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let broken = try Self.omegaTUI(["demandes"], home: home)
        #expect(broken.status == 78, "\(broken)")
        #expect(broken.output.contains("config.toml"), "\(broken.output)")
    }

    @Test("no remembered session and no terminal exits 77 (not logged in), without asking")
    func notLoggedIn() async throws {
        let sandbox = try await SandboxProcess()
        defer { sandbox.stop() }
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Self.omegaTUI(["--server", sandbox.baseURL + "/api/v1/", "releves"], home: home)
        #expect(result.status == 77, "\(result)")
        #expect(result.output.contains("Non connecté"), "\(result.output)")
        #expect(!result.output.contains("Mot de passe"))
    }

    @Test("a server nobody answers exits 4 (network)")
    func network() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let partner = try PlainCounterPartner(work: home)
        let result = try Self.omegaTUI(
            [
                "--counter", "--server", "http://127.0.0.1:9/api/v1/", "--partner-credentials",
                partner.credentials.path,
                "releves", "--contrat", PlainCounterPartner.contract,
            ], home: home)
        #expect(result.status == 4, "\(result)")
        #expect(result.output.contains("ne répond pas"), "\(result.output)")
    }

    @Test("an index the service refuses exits 3 with the service's reason; a good one is filed")
    func refusedThenFiled() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let readings = try Self.omegaTUI(["--demo", "releves", "--format", "json"], home: home)
        #expect(readings.status == 0, "\(readings)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(readings.output.utf8)) as? [[String: Any]],
            "\(readings.output)")
        let last = try #require(rows.compactMap { $0["index"] as? Int }.max())
        let refused = try Self.omegaTUI(["--demo", "index", "1", "--dry-run"], home: home)
        #expect(refused.status == 3, "\(refused)")
        // The reason names the last index (in the service's words or ours).
        #expect(refused.output.filter { !$0.isWhitespace }.contains(String(last)), "\(refused.output)")
        let trial = try Self.omegaTUI(["--demo", "index", String(last + 12), "--dry-run"], home: home)
        #expect(trial.status == 0, "\(trial)")
        #expect(trial.output.contains("Rien n'a été envoyé"), "\(trial.output)")
        let filed = try Self.omegaTUI(["--demo", "index", String(last + 12), "--format", "json"], home: home)
        #expect(filed.status == 0, "\(filed)")
        let request = try #require(
            try JSONSerialization.jsonObject(with: Data(filed.output.utf8)) as? [[String: Any]],
            "\(filed.output)")
        #expect(request.first?["code"] as? String == "J_RELEVE")
        #expect((request.first?["numero"] as? String)?.isEmpty == false)
    }

    @Test("the password is asked on the terminal, without echo, and the export follows")
    func passwordOnTheTerminal() async throws {
        let sandbox = try await SandboxProcess()
        defer { sandbox.stop() }
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let pty = try PtySession(
            Products.executable("omega-tui"),
            arguments: [
                "--server", sandbox.baseURL + "/api/v1/", "factures", "--email", "demo@omega.test",
                "--format", "csv",
            ],
            environment: PlainJourneyTests.environment(home: home, term: "dumb"))
        defer { pty.stop() }
        #expect(try await pty.waitFor("Mot de passe (il ne s'affiche pas) : "), "\(pty.transcript)")
        pty.typeLine(PlainJourneyTests.password)
        let status = try await pty.waitForExit()
        #expect(status == 0, "\(pty.transcript)")
        #expect(!pty.transcript.contains(PlainJourneyTests.password), "the password was echoed")
        #expect(pty.transcript.contains("Contrat;N° de facture;Date;Échéance"), "\(pty.transcript)")
    }
}
