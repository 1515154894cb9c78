import ArgumentParser
import Foundation
import Logging
import OmegaAdapter
import OmegaClient
import OmegaTUI
import SelfService

/// `omega-tui`: the subscriber's terminal application.
@main
struct OmegaTUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omega-tui",
        abstract: "Espace abonné Omega dans le terminal (relevés, factures, demandes).",
        discussion: """
            Sans --server, le serveur vient de $XDG_CONFIG_HOME/omega-tui/config.toml \
            (server, api_id, theme, lang). Les mots de passe ne se passent jamais en option : \
            ils se saisissent dans l'écran de connexion.
            """,
        version: "omega-tui \(AppVersion.current)")

    @Flag(help: "Démarre un serveur de démonstration local (base neuve) et affiche le compte de démo.")
    var demo = false

    @Option(help: "Adresse de l'API Omega, par exemple https://omega.example.fr/api/v1/.")
    var server: String?

    @Option(name: .customLong("api-id"), help: "Identifiant d'intégration envoyé dans l'en-tête ApiId.")
    var apiId: String?

    @Option(help: "Thème : default, contraste-eleve, monochrome, ou un fichier themes/<nom>.toml.")
    var theme: String?

    @Option(help: "Langue de l'interface : fr ou en (par défaut selon LANG).")
    var lang: InterfaceLanguage?

    @Option(
        name: .customLong("log-level"),
        help: "Niveau du journal : trace, debug, info, notice, warning, error.")
    var logLevel: LogLevelOption = .info

    @Flag(help: "Mode guichet : les agents du service cherchent un abonné et agissent pour lui (Hawk).")
    var counter = false

    @Option(
        name: .customLong("partner-credentials"),
        help: "Mode guichet : fichier TOML des identifiants Hawk (id, key, api_id).")
    var partnerCredentials: String?

    @Option(
        name: .customLong("idle-timeout"),
        help: "Guichet et --kiosk : secondes sans touche avant de revenir à la recherche ou à la connexion.")
    var idleTimeout: Int = Int(IdleTimer.defaultTimeout)

    @Option(
        name: .customLong("audit-log"), help: "Mode guichet : journal d'audit (une ligne JSON par action).")
    var auditLog: String?

    @Flag(help: "Poste partagé : déconnexion après --idle-timeout sans touche, rien gardé sur disque.")
    var kiosk = false

    mutating func validate() throws {
        let strings = Strings(
            language: lang?.language ?? InterfaceLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
        )
        if demo, server != nil { throw ValidationError(strings[.launchDemoAndServer]) }
        if counter, demo { throw ValidationError(strings[.launchCounterAndDemo]) }
        if counter, kiosk { throw ValidationError(strings[.launchCounterAndKiosk]) }
        if idleTimeout < 1 { throw ValidationError(strings[.launchIdleTimeoutTooShort]) }
        if !counter, partnerCredentials != nil || auditLog != nil {
            throw ValidationError(strings[.launchCounterOnlyOptions])
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let file = try FileConfiguration.load(from: FileConfiguration.url(environment: environment))
        let settings = LaunchSettings(
            demo: demo, server: server ?? file.server, apiId: apiId ?? file.apiId,
            themeName: theme ?? file.theme ?? "default",
            language: lang?.language ?? file.lang.flatMap(InterfaceLanguage.init(argument:))?.language
                ?? InterfaceLanguage.fromEnvironment(environment),
            environment: environment)
        LogFile.bootstrap(url: LogFile.defaultURL(environment: environment), level: logLevel.level)
        if counter {
            try await CounterLauncher.run(
                settings,
                options: CounterStartup.Options(
                    serverURL: settings.server.map(ServerAddress.apiRoot) ?? "",
                    credentialsPath: partnerCredentials,
                    auditLogPath: auditLog, idleTimeout: TimeInterval(idleTimeout)))
        } else {
            try await Launcher.run(settings, kioskIdleTimeout: kiosk ? TimeInterval(idleTimeout) : nil)
        }
    }
}

/// `--lang fr|en`.
enum InterfaceLanguage: String, ExpressibleByArgument, CaseIterable {
    case fr
    case en

    var language: Language { self == .fr ? .fr : .en }

    /// From `LC_ALL`, `LC_MESSAGES`, then `LANG`: English when it starts with `en`, else French.
    static func fromEnvironment(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first {
            !$0.isEmpty
        }
        return locale?.lowercased().hasPrefix("en") == true ? .en : .fr
    }
}

/// `--log-level`.
enum LogLevelOption: String, ExpressibleByArgument, CaseIterable {
    case trace, debug, info, notice, warning, error, critical

    var level: Logger.Level { Logger.Level(rawValue: rawValue) ?? .info }
}

/// The version printed by `--version`.
enum AppVersion {
    static let current = "0.1.0"
}
