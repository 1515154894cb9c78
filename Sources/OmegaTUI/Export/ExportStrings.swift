import Foundation

/// The headers of the exported tables (CSV and table; JSON uses the stable field names).
public enum ExportKey: CaseIterable, Sendable {
    case contract, date, index, consumption, readingKind, rollover, leak
    case invoiceNumber, dueDate, volume, amountHT, amountTVA, amountTTC, netToPay, status
    case requestNumber, requestKind, title, dateTime, origin, agent
}

/// The sentences of the scripting commands (`omega-tui releves`, `index`…), on stderr or on
/// the terminal.
public enum ScriptKey: CaseIterable, Sendable {
    case emailPrompt, passwordPrompt, notLoggedIn, noSuchContract, counterNeedsContract
    case counterContractNotFound, badDate, badSeparator, badIndex, dryRunAccepted, dryRunAcceptedNoFigure
    case configurationUnreadable, loginFailed
    // ArgumentParser's words about subcommands in `--help`.
    case helpSubcommands, helpSeeSubcommand, helpSubcommandValue
}

extension Strings {
    /// The header of `key`.
    public subscript(export key: ExportKey) -> String {
        language == .fr ? Self.exportFrench(key) : Self.exportEnglish(key)
    }

    /// The scripting sentence of `key` with `{0}`, `{1}`… replaced by `arguments`.
    public func callAsFunction(script key: ScriptKey, _ arguments: String...) -> String {
        var text = language == .fr ? Self.scriptFrench(key) : Self.scriptEnglish(key)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    static func exportFrench(_ key: ExportKey) -> String {
        switch key {
        case .contract: return "Contrat"
        case .date: return "Date"
        case .index: return "Index"
        case .consumption: return "Consommation (m³)"
        case .readingKind: return "Type"
        case .rollover: return "Tour de compteur"
        case .leak: return "Fuite"
        case .invoiceNumber: return "N° de facture"
        case .dueDate: return "Échéance"
        case .volume: return "Volume (m³)"
        case .amountHT: return "Montant HT (€)"
        case .amountTVA: return "TVA (€)"
        case .amountTTC: return "Montant TTC (€)"
        case .netToPay: return "Net à payer (€)"
        case .status: return "Statut"
        case .requestNumber: return "N° de demande"
        case .requestKind: return "Type"
        case .title: return "Titre"
        case .dateTime: return "Date et heure"
        case .origin: return "Origine"
        case .agent: return "Agent"
        }
    }

    static func exportEnglish(_ key: ExportKey) -> String {
        switch key {
        case .contract: return "Contract"
        case .date: return "Date"
        case .index: return "Index"
        case .consumption: return "Consumption (m³)"
        case .readingKind: return "Kind"
        case .rollover: return "Meter rollover"
        case .leak: return "Leak"
        case .invoiceNumber: return "Invoice no."
        case .dueDate: return "Due date"
        case .volume: return "Volume (m³)"
        case .amountHT: return "Amount excl. VAT (€)"
        case .amountTVA: return "VAT (€)"
        case .amountTTC: return "Amount incl. VAT (€)"
        case .netToPay: return "Net to pay (€)"
        case .status: return "Status"
        case .requestNumber: return "Request no."
        case .requestKind: return "Kind"
        case .title: return "Title"
        case .dateTime: return "Date and time"
        case .origin: return "Origin"
        case .agent: return "Agent"
        }
    }

    static func scriptFrench(_ key: ScriptKey) -> String {
        switch key {
        case .emailPrompt: return "Adresse e-mail : "
        case .passwordPrompt: return "Mot de passe (il ne s'affiche pas) : "
        case .notLoggedIn:
            return
                "Non connecté : lancez omega-tui et cochez « Se souvenir de moi », ou lancez cette commande depuis un terminal pour saisir le mot de passe."
        case .noSuchContract: return "Aucun de vos contrats ne porte le numéro {0}."
        case .counterNeedsContract:
            return "En mode guichet, --contrat est obligatoire : le numéro de contrat de l'abonné."
        case .counterContractNotFound: return "Aucun abonné accessible au guichet n'a le contrat {0}."
        case .badDate: return "{0} : date invalide « {1} » (jj/mm/aaaa ou aaaa-mm-jj)."
        case .badSeparator: return "--separateur : « ; » ou « , » seulement."
        case .badIndex: return "L'index est un nombre entier de m³ : « {0} »."
        case .dryRunAccepted:
            return "Essai accepté : l'index {0} donne {1} depuis le dernier index. Rien n'a été envoyé."
        case .dryRunAcceptedNoFigure:
            return "Essai accepté : l'index {0} serait pris en compte. Rien n'a été envoyé."
        case .configurationUnreadable: return "Fichier de configuration {0} illisible : {1}."
        case .loginFailed: return "Connexion refusée : {0}"
        case .helpSubcommands: return "SOUS-COMMANDES :"
        case .helpSeeSubcommand: return "Aide d'une sous-commande : omega-tui <sous-commande> --help."
        case .helpSubcommandValue: return "<sous-commande>"
        }
    }

    static func scriptEnglish(_ key: ScriptKey) -> String {
        switch key {
        case .emailPrompt: return "E-mail address: "
        case .passwordPrompt: return "Password (not shown): "
        case .notLoggedIn:
            return
                "Not logged in: start omega-tui and tick \"Remember me\", or run this command from a terminal to type the password."
        case .noSuchContract: return "None of your contracts has the number {0}."
        case .counterNeedsContract:
            return "At the counter, --contrat is required: the subscriber's contract number."
        case .counterContractNotFound: return "No subscriber the counter may see has the contract {0}."
        case .badDate: return "{0}: invalid date \"{1}\" (dd/mm/yyyy or yyyy-mm-dd)."
        case .badSeparator: return "--separateur: \";\" or \",\" only."
        case .badIndex: return "The index is a whole number of m³: \"{0}\"."
        case .dryRunAccepted:
            return "Trial accepted: index {0} means {1} since the last index. Nothing was sent."
        case .dryRunAcceptedNoFigure: return "Trial accepted: index {0} would be taken. Nothing was sent."
        case .configurationUnreadable: return "Configuration file {0} unreadable: {1}."
        case .loginFailed: return "Login refused: {0}"
        case .helpSubcommands: return "SUBCOMMANDS:"
        case .helpSeeSubcommand: return "Help on a subcommand: omega-tui <subcommand> --help."
        case .helpSubcommandValue: return "<subcommand>"
        }
    }
}
