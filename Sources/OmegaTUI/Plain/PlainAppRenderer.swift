import Foundation
import SelfService
import TerminalUI

/// The subscriber's screens as plain-mode frames: the same view-model as the full screen,
/// read top to bottom as labelled lines, with numbered choices. Pure: same state, same frame.
public enum PlainAppRenderer {
    /// The frame of `state`; `today` decides which invoices are late.
    public static func frame(_ state: AppState, today: Date) -> PlainFrame<AppAction> {
        let context = PlainContext(state: state, today: today)
        if let dialog = state.dialog { return dialogFrame(dialog, context) }
        var frame: PlainFrame<AppAction>
        switch state.screen {
        case .connexion: frame = loginFrame(context)
        case .creerCompte: frame = signUpFrame(context)
        case .motDePasseOublie: frame = passwordResetFrame(context)
        case .accueil: frame = dashboardFrame(context)
        case .releves: frame = readingsFrame(context)
        case .factures: frame = invoicesFrame(context)
        case .demandes: frame = requestsFrame(context)
        case .messages: frame = messagesFrame(context)
        case .choixContrat: frame = contractsFrame(context)
        case .nouvelleDemande(.menu): frame = newRequestFrame(context)
        case .nouvelleDemande(.index): frame = readingFormFrame(context)
        case .nouvelleDemande(.coordonnees): frame = contactFormFrame(context)
        case .aide: frame = helpFrame(context)
        }
        frame.shortcuts = shortcuts(context)
        return frame
    }

    /// The letters that act on every screen, as on the full screen.
    static func shortcuts(_ context: PlainContext) -> [PlainChoice<AppAction>] {
        let strings = context.strings
        let state = context.state
        var choices: [PlainChoice<AppAction>] = []
        if state.isLoggedIn {
            choices += [
                PlainChoice("a", strings[.hintHome], send: [.navigate(.accueil)]),
                PlainChoice("r", strings[.hintReadings], send: [.navigate(.releves)]),
                PlainChoice("f", strings[.hintInvoices], send: [.navigate(.factures)]),
                PlainChoice("d", strings[.hintRequests], send: [.navigate(.demandes)]),
                PlainChoice("m", strings[.hintMessages], send: [.navigate(.messages)]),
                PlainChoice("n", strings[.hintNew], send: [.navigate(.nouvelleDemande(.menu))]),
                PlainChoice("c", strings[.hintContract], send: [.navigate(.choixContrat)]),
                PlainChoice("u", strings[.hintRefresh], send: [.refresh]),
            ]
        }
        choices.append(PlainChoice("?", strings[.hintHelp], send: [.navigate(.aide)]))
        if state.isLoggedIn, state.mode == .subscriber {
            choices.append(PlainChoice("x", strings[.hintLogout], send: [.logout]))
        }
        let quit = state.mode == .subscriber ? strings[.hintQuit] : strings[plain: .leaveSubscriber]
        choices.append(PlainChoice("q", quit, send: [.quit]))
        return choices
    }

    /// "0. Retour": Esc.
    static func back(_ context: PlainContext, _ label: StringKey = .hintBack) -> PlainChoice<AppAction> {
        PlainChoice("0", context.strings[label], send: [.back])
    }

    private static func dialogFrame(_ dialog: SelfService.Dialog, _ context: PlainContext) -> PlainFrame<
        AppAction
    > {
        let strings = context.strings
        let (title, message, confirm, stay): (StringKey, StringKey, StringKey, StringKey) =
            dialog == .confirmQuit
            ? (.quitTitle, .quitMessage, .quitConfirm, .quitStay)
            : (.discardTitle, .discardMessage, .discardConfirm, .discardStay)
        return PlainFrame(
            title: strings[title], sections: [PlainSection("message", [strings[message]])],
            choices: [
                PlainChoice("1", strings[confirm], send: [.confirmDialog]),
                PlainChoice("2", strings[stay], send: [.cancelDialog]),
            ])
    }

    private static func helpFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let keys: [PlainKey] = [.helpChoices, .helpEmptyLine, .helpFields, .helpBang, .helpShortcuts]
        return PlainFrame(
            title: strings[.screenAide], sections: [PlainSection("help", keys.map { strings[plain: $0] })],
            choices: [back(context)])
    }
}

/// What every plain screen reads from.
struct PlainContext {
    var state: AppState
    var today: Date
    var strings: Strings { Strings(language: state.language) }

    /// "Label : value", with the language's punctuation.
    func labelled(_ label: StringKey, _ value: String) -> String {
        strings(plain: .labelled, strings[label], value)
    }

    /// "Label : value" for a label already worded.
    func labelled(_ label: String, _ value: String) -> String {
        strings(plain: .labelled, label, value)
    }

    /// The title of a screen, as the full screen words it.
    func title(of screen: Screen) -> String {
        RenderContext(
            state: state, ui: UIState(size: Size(columns: 80, rows: 24), today: today), strings: strings
        )
        .title(of: screen)
    }

    /// One line per problem of a form, in the form's order: "Nouvel index : …".
    func problems<Field: Hashable>(
        _ problems: [Field: FieldProblem], order: [Field], label: (Field) -> String, id: (Field) -> FieldID
    ) -> PlainSection {
        let lines = order.compactMap { field in
            problems[field].map { labelled(label(field), strings.problem($0, field: id(field))) }
        }
        return PlainSection("problems", lines, isAlert: true)
    }

    /// The failure of a form, as an alert ("" when none).
    func failure(_ failure: ServiceFailure?) -> PlainSection {
        PlainSection(
            "error", failure.map { [strings(plain: .errorLine, strings.failure($0))] } ?? [], isAlert: true)
    }
}
