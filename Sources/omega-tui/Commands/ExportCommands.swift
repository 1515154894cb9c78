import ArgumentParser
import Foundation
import OmegaTUI
import SelfService

/// The options every scripting command shares.
struct ScriptOptions: ParsableArguments {
    @Option(
        name: .customLong("contrat"),
        help: ArgumentHelp(
            "Numéro du contrat (par défaut le contrat actif de plus petit numéro ; obligatoire avec --counter).",
            valueName: "numéro"))
    var contract: String?

    @Option(
        help: ArgumentHelp(
            "Adresse e-mail du compte, si aucune session n'est mémorisée (le mot de passe se saisit au terminal).",
            valueName: "adresse"))
    var email: String?

    @Option(help: ArgumentHelp("Format de sortie.", valueName: "format"))
    var format: OutputFormat = .table

    @Option(
        name: .customLong("separateur"),
        help: ArgumentHelp(
            "Séparateur CSV\u{A0}: « ; » (virgule décimale) ou « , » (point décimal).", valueName: "caractère"
        ))
    var separator: String = ";"

    func validate() throws {
        guard separator.count == 1, let character = separator.first, CSVWriter.separators.contains(character)
        else {
            throw ValidationError(strings(script: .badSeparator))
        }
    }

    /// The CSV separator.
    var separatorCharacter: Character { separator.first ?? ";" }

    /// Error texts before the configuration is read: the environment's language.
    var strings: Strings {
        Strings(language: InterfaceLanguage.fromEnvironment(ProcessInfo.processInfo.environment))
    }

    /// `table` as text, or the table in the chosen format.
    func render(_ table: ExportTable, strings: Strings, empty: String) -> String {
        switch format {
        case .csv: return CSVWriter.write(table, separator: separatorCharacter)
        case .json: return JSONExportWriter.write(table)
        case .table: return TextTableWriter.write(table, strings: strings, empty: empty)
        }
    }

    /// A date option (`--depuis`, `--date`): `jj/mm/aaaa` or `aaaa-mm-jj`.
    static func date(_ text: String?, option: String, strings: Strings) throws -> Date? {
        guard let text else { return nil }
        guard let date = Formatting.parseDate(text) else {
            throw ValidationError(strings(script: .badDate, option, text))
        }
        return date
    }
}

/// `--format csv|json|table`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, json, table
}

/// Every page of a list, newest first, down to `since` (pages stop once they reach older rows).
enum ScriptPages {
    static func all<Item>(
        since: Date?, date: (Item) -> Date?,
        page load: (Int) async throws(ServiceFailure) -> RecordPage<Item>
    ) async throws(ServiceFailure) -> [Item] {
        var items: [Item] = []
        var number = 1
        // A guard against a server that always says "more": 500 pages of rows is plenty.
        while number <= 500 {
            let page = try await load(number)
            items += page.items
            let reachedOlder = since.map { since in
                page.items.contains { (date($0) ?? .distantFuture) < since }
            }
            guard page.hasNext, !page.items.isEmpty, reachedOlder != true else { break }
            number += 1
        }
        guard let since else { return items }
        return items.filter { (date($0) ?? .distantFuture) >= since }
    }
}

/// `omega-tui releves`: the meter readings of a contract.
struct RelevesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "releves",
        abstract: "Affiche les relevés du compteur (tableau, CSV ou JSON) puis s'arrête.",
        discussion: ScriptHelp.discussion)

    @ParentCommand var parent: OmegaTUICommand
    @OptionGroup var options: ScriptOptions

    @Option(
        name: .customLong("depuis"),
        help: ArgumentHelp("Seulement à partir de cette date.", valueName: "date"))
    var since: String?

    func validate() throws { _ = try ScriptOptions.date(since, option: "--depuis", strings: options.strings) }

    func run() async throws {
        let since = try ScriptOptions.date(self.since, option: "--depuis", strings: options.strings)
        try await ScriptSession.run(parent, options: options) { session in
            let contract = session.contract
            let readings = try await ScriptPages.all(since: since, date: { $0.date }) {
                number throws(ServiceFailure) in
                try await session.source.readings(contratId: contract.id, page: number)
            }
            let table = ExportDocuments.readings(
                readings, contract: contract.numeroContrat, strings: session.strings)
            print(
                options.render(table, strings: session.strings, empty: session.strings[.noReadings]),
                terminator: "")
        }
    }
}

/// `omega-tui factures`: the invoices of a contract.
struct FacturesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factures",
        abstract: "Affiche les factures d'un contrat (tableau, CSV ou JSON) puis s'arrête.",
        discussion: ScriptHelp.discussion)

    @ParentCommand var parent: OmegaTUICommand
    @OptionGroup var options: ScriptOptions

    @Option(
        name: .customLong("depuis"),
        help: ArgumentHelp("Seulement à partir de cette date.", valueName: "date"))
    var since: String?

    func validate() throws { _ = try ScriptOptions.date(since, option: "--depuis", strings: options.strings) }

    func run() async throws {
        let since = try ScriptOptions.date(self.since, option: "--depuis", strings: options.strings)
        try await ScriptSession.run(parent, options: options) { session in
            let contract = session.contract
            let invoices = try await ScriptPages.all(since: since, date: { $0.date }) {
                number throws(ServiceFailure) in
                try await session.source.invoices(contratId: contract.id, page: number)
            }
            let table = ExportDocuments.invoices(
                invoices, contract: contract.numeroContrat, strings: session.strings)
            print(
                options.render(table, strings: session.strings, empty: session.strings[.noInvoices]),
                terminator: "")
        }
    }
}

/// `omega-tui demandes`: the subscriber's requests.
struct DemandesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demandes",
        abstract: "Affiche les demandes de l'abonné et leur statut (tableau, CSV ou JSON) puis s'arrête.",
        discussion: ScriptHelp.discussion)

    @ParentCommand var parent: OmegaTUICommand
    @OptionGroup var options: ScriptOptions

    @Option(
        name: .customLong("depuis"),
        help: ArgumentHelp("Seulement à partir de cette date.", valueName: "date"))
    var since: String?

    func validate() throws { _ = try ScriptOptions.date(since, option: "--depuis", strings: options.strings) }

    func run() async throws {
        let since = try ScriptOptions.date(self.since, option: "--depuis", strings: options.strings)
        try await ScriptSession.run(parent, options: options) { session in
            let requests = try await ScriptPages.all(since: since, date: { $0.date }) {
                number throws(ServiceFailure) in
                try await session.source.requests(page: number)
            }
            let table = ExportDocuments.requests(requests, strings: session.strings)
            print(
                options.render(table, strings: session.strings, empty: session.strings(.requestNone)),
                terminator: "")
        }
    }
}

/// What the scripting commands' `--help` and the manual say about them.
enum ScriptHelp {
    /// ArgumentParser's English words about subcommands, in the interface language.
    static func localized(_ help: String, strings: Strings) -> String {
        help.replacingOccurrences(of: "SUBCOMMANDS:", with: strings(script: .helpSubcommands))
            .replacingOccurrences(
                of: "See 'omega-tui help <subcommand>' for detailed help.",
                with: strings(script: .helpSeeSubcommand)
            )
            .replacingOccurrences(of: "<subcommand>", with: strings(script: .helpSubcommandValue))
    }

    static let discussion = """
        Utilise la session mémorisée par omega-tui («\u{A0}Se souvenir de moi\u{A0}»), sinon demande \
        le mot de passe au terminal (jamais en option ni en variable d'environnement) ; --demo se \
        connecte au compte de démonstration d'un serveur local. Avec --counter, --contrat choisit \
        l'abonné. CSV selon la RFC\u{A0}4180 (dates AAAA-MM-JJ), JSON aux noms de champs stables. \
        Codes de sortie\u{A0}: 0 succès, 1 autre erreur, 2 usage, 3 refus du service, 4 réseau, \
        77 non connecté, 78 configuration.
        """
}
