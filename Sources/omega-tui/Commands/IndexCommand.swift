import ArgumentParser
import Foundation
import OmegaTUI
import SelfService

/// `omega-tui index 4057`: files a meter index as the form does (a dry run first, then the
/// request with an idempotency key); `--dry-run` stops after the check.
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Transmet un index de compteur (vérifié d'abord par le service) puis s'arrête.",
        discussion: ScriptHelp.discussion)

    @ParentCommand var parent: OmegaTUICommand
    @OptionGroup var options: ScriptOptions

    @Argument(
        help: ArgumentHelp("L'index affiché par le compteur, en m³ (nombre entier).", valueName: "index"))
    var index: String

    @Option(help: ArgumentHelp("Date du relevé (par défaut aujourd'hui).", valueName: "date"))
    var date: String?

    @Option(name: .customLong("commentaire"), help: ArgumentHelp("Commentaire joint.", valueName: "texte"))
    var comment: String?

    @Flag(
        name: .customLong("dry-run"), help: "Vérifie seulement l'index auprès du service, sans rien envoyer.")
    var dryRun = false

    func validate() throws {
        _ = try reading()
        _ = try ScriptOptions.date(date, option: "--date", strings: options.strings)
    }

    /// The index as a number of m³ ("4 057" and "4057" alike).
    private func reading() throws -> Int {
        let digits = index.filter { !$0.isWhitespace }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits)
        else {
            throw ValidationError(options.strings(script: .badIndex, index))
        }
        return value
    }

    func run() async throws {
        let value = try reading()
        let day = try ScriptOptions.date(date, option: "--date", strings: options.strings) ?? Date()
        let note = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        try await ScriptSession.run(parent, options: options) { session in
            let strings = session.strings
            guard let pconsoId = session.contract.pconsoId else { throw ServiceFailure(.noMeter) }
            let submission = ReadingSubmission(
                pconsoId: pconsoId, index: value, date: day, comment: note?.isEmpty == false ? note : nil)
            let key = UUID().uuidString
            let checked = try await session.source.fileReading(submission, dryRun: true, idempotencyKey: key)
            let outcome =
                dryRun
                ? checked
                : try await session.source.fileReading(submission, dryRun: false, idempotencyKey: key)
            switch options.format {
            case .csv, .json:
                print(
                    options.render(
                        ExportDocuments.requests([outcome.request], strings: strings), strings: strings,
                        empty: ""),
                    terminator: "")
            case .table:
                if !dryRun {
                    print(strings(.sentLine, outcome.request.id, strings.label(outcome.request.status)))
                } else if let consumption = checked.impliedConsumption {
                    print(
                        strings(script: .dryRunAccepted, strings.number(value), strings.volume(consumption)))
                } else {
                    print(strings(script: .dryRunAcceptedNoFigure, strings.number(value)))
                }
            }
        }
    }
}
