import ArgumentParser
import Foundation
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
        guard !options.serverURL.isEmpty else {
            throw ValidationError(
                "Le mode guichet a besoin du serveur : --server URL (ou server dans config.toml).")
        }
        let services: CounterServices
        do {
            services = try CounterStartup.prepare(options, environment: settings.environment)
        } catch {
            throw Launcher.fail(error.message(in: settings.language), code: configurationExitCode)
        }
        try await Launcher.runScreen(settings) {
            try? await services.transport.shutdown()
        } screen: { theme, glyphs in
            try await CounterTerminalApp.run(
                services: services, idleTimeout: options.idleTimeout, language: settings.language,
                theme: theme, glyphs: glyphs)
        }
    }
}
