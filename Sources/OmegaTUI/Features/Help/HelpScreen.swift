import SelfService
import TerminalUI

/// Aide (`?`/F1): every key of the screen the user came from, then the keys that act everywhere.
enum HelpScreen {
    static func render(_ context: RenderContext, in body: Rect, on canvas: some Canvas) {
        let strings = context.strings
        let state = context.state
        let screen = state.previousScreen ?? (state.isLoggedIn ? .accueil : .connexion)
        var row = body.minRow
        Draw.section(strings(.helpIntro, context.title(of: screen)), row: row, in: body, on: canvas)
        row += 2
        let keyWidth = 26
        func line(_ keys: String, _ label: String) {
            Draw.pair(keys, label, row: row, in: body, labelWidth: keyWidth, on: canvas)
            row += 1
        }
        Draw.line(strings[.helpScreenKeys], row: row, in: body, on: canvas, style: .header)
        row += 1
        let own =
            KeyBindings.screen(screen, state: state, strings: strings).map { ($0.keys, $0.label) }
            + extraLines(for: screen, strings: strings)
        if own.isEmpty {
            Draw.line(strings[.helpNoScreenKeys], row: row, in: body, on: canvas, style: .muted)
            row += 1
        }
        for (keys, label) in own { line(keys, label) }
        row += 1
        Draw.line(strings[.helpGlobal], row: row, in: body, on: canvas, style: .header)
        row += 1
        for binding in KeyBindings.global(strings, loggedIn: state.isLoggedIn) {
            line(binding.keys, binding.label)
        }
        line(strings[.keyEsc], strings[.helpEscBack])
    }

    /// Keys the bar does not show but the screen understands.
    private static func extraLines(for screen: Screen, strings: Strings) -> [(String, String)] {
        switch screen {
        case .releves, .factures, .demandes, .messages:
            return [
                (strings[.keyPages], strings[.helpPagesList]),
                ("/ …", strings[.helpTypeFilter]),
            ]
        case .connexion, .creerCompte, .motDePasseOublie, .nouvelleDemande(.index),
            .nouvelleDemande(.coordonnees), .nouvelleDemande(.kind):
            return [
                (strings[.keyTab], strings[.helpTabField]),
                (strings[.keyEnter], strings[.helpEnterField]),
            ]
        case .choixContrat, .nouvelleDemande(.menu):
            return [(strings[.keyArrows], strings[.helpArrowsList])]
        default:
            return []
        }
    }
}
