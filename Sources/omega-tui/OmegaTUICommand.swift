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
            (server, api_id, theme, lang). Les mots de passe ne se passent jamais en option\u{A0}: \
            ils se saisissent dans l'écran de connexion.

            Sans sous-commande, l'application s'ouvre en plein écran, ou en mode texte \
            (--plain, TERM=dumb, entrée ou sortie hors d'un terminal). Les sous-commandes \
            affichent des données puis s'arrêtent ; codes de sortie\u{A0}: 0 succès, 1 autre \
            erreur, 2 usage, 3 refus du service, 4 réseau, 77 non connecté, 78 configuration.
            """,
        version: "omega-tui \(AppVersion.current)",
        subcommands: [RelevesCommand.self, FacturesCommand.self, DemandesCommand.self, IndexCommand.self])

    @Flag(help: "Démarre un serveur de démonstration local (base neuve) et affiche le compte de démo.")
    var demo = false

    @Option(
        help: ArgumentHelp(
            "Adresse de l'API Omega, par exemple https://omega.example.fr/api/v1/.", valueName: "adresse"))
    var server: String?

    @Option(
        name: .customLong("api-id"),
        help: ArgumentHelp("Identifiant d'intégration envoyé dans l'en-tête ApiId.", valueName: "identifiant")
    )
    var apiId: String?

    @Option(
        help: ArgumentHelp(
            "Thème\u{A0}: default, contraste-eleve, monochrome, ou un fichier themes/<nom>.toml.",
            valueName: "thème"))
    var theme: String?

    @Option(
        help: ArgumentHelp(
            "Langue de l'interface\u{A0}: fr ou en (par défaut selon LANG).", valueName: "langue"))
    var lang: InterfaceLanguage?

    @Option(
        name: .customLong("log-level"),
        help: ArgumentHelp(
            "Niveau du journal\u{A0}: trace, debug, info, notice, warning, error.", valueName: "niveau"))
    var logLevel: LogLevelOption = .info

    @Flag(help: "Mode guichet\u{A0}: les agents du service cherchent un abonné et agissent pour lui.")
    var counter = false

    @Option(
        name: .customLong("partner-credentials"),
        help: ArgumentHelp(
            "Mode guichet\u{A0}: fichier des identifiants partenaire remis par l'éditeur (id, key, api_id).",
            valueName: "fichier"))
    var partnerCredentials: String?

    @Option(
        name: .customLong("idle-timeout"),
        help: ArgumentHelp(
            "Guichet et --kiosk\u{A0}: secondes sans touche avant de revenir à la recherche ou à la connexion.",
            valueName: "secondes")
    )
    var idleTimeout: Int = Int(IdleTimer.defaultTimeout)

    @Option(
        name: .customLong("audit-log"),
        help: ArgumentHelp(
            "Mode guichet\u{A0}: journal d'audit (une ligne JSON par action).", valueName: "fichier"))
    var auditLog: String?

    @Flag(help: "Poste partagé\u{A0}: déconnexion après --idle-timeout sans touche, rien gardé sur disque.")
    var kiosk = false

    @Flag(
        help: ArgumentHelp(
            "Mode texte ligne à ligne (lecteurs d'écran)\u{A0}: ni plein écran ni couleurs. Automatique avec TERM=dumb ou hors d'un terminal."
        ))
    var plain = false

    /// `--help` in the interface language: ArgumentParser writes its headings and its own flags
    /// in English, so they are put in the tables' words before printing.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.contains("-h") || arguments.contains("--help") {
            let chosen = arguments.firstIndex(of: "--lang").flatMap { index in
                arguments.indices.contains(index + 1)
                    ? InterfaceLanguage(rawValue: arguments[index + 1]) : nil
            }
            let language =
                chosen?.language ?? InterfaceLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
            let subcommand: any ParsableCommand.Type =
                configuration.subcommands.first { arguments.contains($0._commandName) } ?? Self.self
            let strings = Strings(language: language)
            print(
                ScriptHelp.localized(
                    HelpText.localized(helpMessage(for: subcommand), strings: strings), strings: strings))
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            // Usage errors exit 2, as shells and the scripting commands document it (not
            // ArgumentParser's 64).
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ScriptExit.usage)
        }
    }

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
        let settings = try launchSettings(environment: environment)
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

extension OmegaTUICommand {
    /// The command line, then the configuration file, then the environment. An unreadable
    /// configuration file stops the program with exit status 78 (its settings would be
    /// silently ignored otherwise).
    func launchSettings(environment: [String: String]) throws -> LaunchSettings {
        let url = FileConfiguration.url(environment: environment)
        let file: FileConfiguration
        do {
            file = try FileConfiguration.load(from: url)
        } catch {
            let strings = Strings(language: lang?.language ?? InterfaceLanguage.fromEnvironment(environment))
            throw Launcher.fail(
                strings(script: .configurationUnreadable, url.path, "\(error)"),
                code: ScriptExit.configuration)
        }
        return LaunchSettings(
            demo: demo, server: server ?? file.server, apiId: apiId ?? file.apiId,
            themeName: theme ?? file.theme ?? "default",
            language: lang?.language ?? file.lang.flatMap(InterfaceLanguage.init(argument:))?.language
                ?? InterfaceLanguage.fromEnvironment(environment),
            environment: environment,
            plain: PlainTerminal.isNeeded(requested: plain, environment: environment))
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
