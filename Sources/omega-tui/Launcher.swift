import ArgumentParser
import Foundation
import Logging
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import OmegaTUI
import SelfService
import TerminalUI

/// What the command line and the configuration file decided.
struct LaunchSettings {
    var demo: Bool
    var server: String?
    var apiId: String?
    var themeName: String
    var language: Language
    var environment: [String: String]
    /// Lines of text instead of the full screen (`--plain`, `TERM=dumb`, not a terminal).
    var plain = false
}

/// Builds the client, the account service, the drafts and the store, starts the in-process
/// sandbox for `--demo`, runs the terminal application, then shuts everything down.
enum Launcher {
    static let logger = Logger(label: "omega-tui")

    /// - Parameter kioskIdleTimeout: `--kiosk`: the idle timeout; the session, the e-mail and
    ///   drafts then stay in memory (the next person at the terminal must find nothing).
    static func run(_ settings: LaunchSettings, kioskIdleTimeout: TimeInterval? = nil) async throws {
        let theme = try resolveTheme(settings)
        var sandbox: SandboxServer?
        var suggested: SuggestedAccount?
        let baseURL: String
        if settings.demo {
            let demo = try await startDemo()
            baseURL = demo.baseURL
            suggested = SuggestedAccount(
                email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword)
            sandbox = demo.server
        } else if let server = settings.server {
            baseURL = ServerAddress.apiRoot(server)
        } else {
            throw fail(Strings(language: settings.language)[.launchNoServer])
        }
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: baseURL, apiId: settings.apiId ?? "omega-tui@omega-tui"),
            logger: logger)
        let stateDirectory = FileTokenStore.defaultDirectory(environment: settings.environment)
        // The demo's server is new at each start: its sessions and drafts stay apart.
        let home = settings.demo ? stateDirectory.appendingPathComponent("demo") : stateDirectory
        let kiosk = kioskIdleTimeout != nil
        let account = SubscriberAccountService(
            transport: transport, tokenStore: kiosk ? nil : FileTokenStore(directory: home),
            emailFile: kiosk ? nil : home.appendingPathComponent("remembered-email"))
        let drafts: any DraftStore =
            kiosk ? InMemoryDraftStore() : FileDraftStore(directory: home.appendingPathComponent("drafts"))
        var initialState = AppState(language: settings.language, suggestedAccount: suggested)
        // A shared terminal never offers to remember anyone.
        initialState.login.offersRememberMe = !kiosk
        let dependencies = Dependencies(account: account, drafts: drafts)
        if settings.plain {
            await PlainApp.run(
                initialState: initialState, dependencies: dependencies, kioskIdleTimeout: kioskIdleTimeout)
            try? await transport.shutdown()
            await sandbox?.shutdown()
            return
        }
        try await runScreen(settings, theme: theme) {
            try? await transport.shutdown()
            await sandbox?.shutdown()
        } screen: { theme, glyphs in
            try await TerminalApp.run(
                initialState: initialState, dependencies: dependencies, theme: theme, glyphs: glyphs,
                kioskIdleTimeout: kioskIdleTimeout)
        }
    }

    /// `--demo`: a fresh sandbox in this process, reviewing requests at once; its API root.
    static func startDemo() async throws -> (server: SandboxServer, baseURL: String) {
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 1, subscribers: 20, reviewMode: .auto, logger: Logger(label: "omega-sandbox")))
        let port = try await server.start()
        logger.info("demo sandbox listening", metadata: ["port": "\(port)"])
        return (server, "http://127.0.0.1:\(port)/api/v1/")
    }

    /// The theme `settings` name. When it cannot be used, one line on stderr naming the
    /// available themes and exit status 78, before anything (the demo's sandbox) starts.
    static func resolveTheme(_ settings: LaunchSettings) throws -> Theme {
        do {
            return try ThemeLoader.theme(named: settings.themeName)
        } catch {
            logger.error("theme refused: \(error)")
            throw fail(
                themeRefusal(error, themeName: settings.themeName, in: settings.language),
                code: CounterLauncher.configurationExitCode)
        }
    }

    /// Runs `screen` with `theme` and the drawing characters `settings` ask for, then
    /// `cleanUp` (always). A screen that could not open becomes one line on stderr and exit
    /// status 1.
    static func runScreen(
        _ settings: LaunchSettings, theme: Theme, cleanUp: () async -> Void,
        screen: (Theme, Glyphs) async throws -> Void
    ) async throws {
        do {
            try await screen(theme, prefersUnicode(settings.environment) ? .unicode : .ascii)
        } catch {
            await cleanUp()
            logger.error("terminal failed: \(error)")
            throw fail(terminalFailure(error, in: settings.language))
        }
        await cleanUp()
    }

    /// Why the theme asked for cannot be used, and which ones can, for people.
    static func themeRefusal(_ failure: ThemeLoadFailure, themeName: String, in language: Language) -> String
    {
        let strings = Strings(language: language)
        let available = failure.availableThemes.joined(separator: ", ")
        switch failure.reason {
        case .notFound, .invalidName: return strings(.launchThemeUnknown, themeName, available)
        case .unreadable, .syntax, .invalidValue:
            return strings(.launchThemeUnusable, themeName, failure.reason.description, available)
        }
    }

    /// Why the screen could not open, for people.
    static func terminalFailure(_ failure: any Error, in language: Language) -> String {
        let strings = Strings(language: language)
        let reason: String
        switch failure as? TerminalError {
        case .notATerminal?: reason = strings[.launchNotATerminal]
        case .dumbTerminal?: reason = strings[.launchDumbTerminal]
        case .unknownTerminalType(let term)?: reason = strings(.launchUnknownTerminal, term)
        case .alreadyRunning?, nil: reason = "\(failure)"
        }
        return strings(.launchScreenFailed, reason)
    }

    /// Writes `message` on stderr (the terminal is already restored) and gives the exit code
    /// to throw: a runtime failure, not a usage error, so no usage text follows.
    static func fail(_ message: String, code: Int32 = 1) -> ExitCode {
        FileHandle.standardError.write(Data("omega-tui : \(message)\n".utf8))
        return ExitCode(code)
    }

    /// Box drawing and block characters need a UTF-8 locale (or none set, as in most
    /// containers, where ncursesw is put in UTF-8 by TerminalUI).
    static func prefersUnicode(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale else { return true }
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
