import ArgumentParser
import Foundation
import OmegaAdapter
import OmegaTUI
import SelfService
import TerminalUI

/// `omega-tui --counter`: checks the partner credentials, the agent's login and the audit log
/// before the screen is touched (a refusal is one clear line on stderr and a non-zero exit),
/// then runs the counter application.
enum CounterLauncher {
    /// `EX_CONFIG` from sysexits.h: the deployment, not the user, has to fix something.
    static let configurationExitCode: Int32 = 78

    static func run(_ settings: LaunchSettings, options: CounterStartup.Options) async throws {
        let strings = Strings(language: settings.language)
        guard !options.serverURL.isEmpty else {
            throw Launcher.fail(strings[.launchCounterNeedsServer], code: configurationExitCode)
        }
        let theme = try Launcher.resolveTheme(settings)
        let services: CounterServices
        do {
            services = try CounterStartup.prepare(options, environment: settings.environment)
        } catch {
            throw Launcher.fail(refusal(error, strings: strings), code: configurationExitCode)
        }
        let initialState = CounterState(
            agent: services.agent, language: settings.language, idleTimeout: options.idleTimeout, now: Date())
        // Nothing of a subscriber may stay on disk at the counter: drafts live in memory.
        let dependencies = Dependencies(counter: services.directory, drafts: InMemoryDraftStore())
        if settings.plain {
            await PlainCounterApp.run(initialState: initialState, dependencies: dependencies)
            try? await services.transport.shutdown()
            return
        }
        try await Launcher.runScreen(settings, theme: theme) {
            try? await services.transport.shutdown()
        } screen: { theme, glyphs in
            try await CounterTerminalApp.run(
                initialState: initialState, dependencies: dependencies, theme: theme, glyphs: glyphs)
        }
    }

    /// Why the counter refuses to start, for the operator (never the key).
    static func refusal(_ error: CounterStartupError, strings: Strings) -> String {
        switch error {
        case .credentials(let credentials): return refusal(credentials, strings: strings)
        case .agent: return strings[.launchAgentInvalid]
        case .auditLog(let log): return strings(.launchAuditLog, log.path, log.reason)
        }
    }

    private static func refusal(_ error: PartnerCredentialsError, strings: Strings) -> String {
        switch error {
        case .missing(let path): return strings(.credentialsMissing, path)
        case .unreadable(let path, let reason): return strings(.credentialsUnreadable, path, reason)
        case .notRegularFile(let path): return strings(.credentialsNotRegularFile, path)
        case .wrongOwner(let path, let owner): return strings(.credentialsWrongOwner, path, String(owner))
        case .tooOpen(let path, let mode):
            return strings(.credentialsTooOpen, path, PartnerCredentialsError.octal(mode))
        case .malformed(let path, let problem):
            return strings(.credentialsMalformed, path, malformation(problem, strings))
        case .missingEnvironment(let names):
            return strings(.credentialsMissingEnvironment, names.joined(separator: ", "))
        }
    }

    private static func malformation(_ problem: Malformation, _ strings: Strings) -> String {
        switch problem {
        case .tooLarge: return strings[.malformedTooLarge]
        case .notUTF8: return strings[.malformedNotUTF8]
        case .unreadableTOML(let line): return strings(.malformedTOML, String(line))
        case .notStrings: return strings[.malformedNotStrings]
        case .severalPartners: return strings[.malformedSeveralPartners]
        case .missingFields: return strings[.malformedMissingFields]
        }
    }
}
