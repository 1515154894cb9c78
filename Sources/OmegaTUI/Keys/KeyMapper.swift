import SelfService
import TerminalUI

/// Turns a key into view-model actions, given the state on screen: the only place keys are
/// interpreted.
///
/// Function keys always act; letters act as shortcuts only when no text field has focus
/// (then they type). Front-end details (cursor inside a field, list scrolling, the `/`
/// filter, the quit dialog's button) change `ui` and need no action.
public enum KeyMapper {
    /// The actions `key` stands for in `state` (often one, sometimes none).
    public static func map(_ key: Key, state: AppState, ui: inout UIState) -> [AppAction] {
        if key == .resize { return [] }
        if let dialog = state.dialog { return mapDialog(key, dialog: dialog, ui: &ui) }
        let strings = Strings(language: state.language)
        let list = ListContent.list(on: state.screen)
        if ui.isEditingFilter {
            if let list, list.isFilterable {
                return mapFilter(key, list: list, state: state, ui: &ui, strings: strings)
            }
            ui.isEditingFilter = false
        }
        if let actions = mapAlwaysActive(key, state: state, ui: &ui) { return actions }
        if key == .escape {
            if let list, !ui.filter(of: list).isEmpty {
                ui.filters[list] = nil
                return []
            }
            // Should Esc ask before discarding typed input, "Continuer la saisie" has focus.
            ui.dialogButton = 1
            return [.back]
        }
        if state.screen == .repondreDemande, key == .pageUp || key == .pageDown {
            AnswerScreen.scroll(down: key == .pageDown, state: state, ui: &ui)
            return []
        }
        if let field = FieldID.focused(in: state) {
            return mapField(key, field: field, state: state, ui: &ui)
        }
        return mapCommand(key, state: state, ui: &ui, strings: strings)
    }

    // MARK: Keys that act everywhere

    /// Function keys (and their Ctrl equivalents): they never type, so they always act.
    private static func mapAlwaysActive(_ key: Key, state: AppState, ui: inout UIState) -> [AppAction]? {
        switch key {
        case .function(1):
            return [state.screen == .aide ? .back : .navigate(.aide)]
        case .function(2): return [.navigate(.accueil)]
        case .function(3): return [.navigate(.releves)]
        case .function(4): return [.navigate(.factures)]
        case .function(5): return [.navigate(.demandes)]
        case .function(6): return [.navigate(.messages)]
        case .function(9): return [.navigate(.choixContrat)]
        case .function(10):
            ui.dialogButton = 0
            return [.quit]
        case .control("r"):
            return [.refresh]
        case .function(7) where state.screen == .connexion:
            return [.navigate(.creerCompte)]
        case .function(8) where state.screen == .connexion:
            return [.navigate(.motDePasseOublie)]
        case .control("d") where state.screen == .connexion:
            return [.login(.useSuggestedAccount)]
        default:
            return nil
        }
    }

    // MARK: Text fields

    private static func mapField(_ key: Key, field: FieldID, state: AppState, ui: inout UIState)
        -> [AppAction]
    {
        switch key {
        case .tab, .down: return focusAction(next: true, state: state)
        case .backTab, .up: return focusAction(next: false, state: state)
        case .enter: return submitAction(state: state)
        default:
            let current = field.text(in: state)
            if case .kind(let kindField) = field, KindFormState.isChoice(kindField) {
                // A choice: Space and the arrows change it; nothing types into it.
                switch key {
                case .character(" "), .right: return [field.setAction(kindField.choice(after: current))]
                case .left: return [field.setAction(kindField.choice(after: current, by: -1))]
                default: return []
                }
            }
            var editor = ui.editor(for: field, text: current)
            guard editor.apply(key) else { return [] }
            ui.store(editor, for: field)
            return editor.text == current ? [] : [field.setAction(editor.text)]
        }
    }

    private static func focusAction(next: Bool, state: AppState) -> [AppAction] {
        formAction(next ? .next : .previous, state: state).map { [$0] } ?? []
    }

    private static func submitAction(state: AppState) -> [AppAction] {
        if let action = formAction(.submit, state: state) { return [action] }
        switch state.screen {
        case .choixContrat: return [.chooseContract]
        case .factures: return state.invoices.isDetailOpen ? [] : [.invoices(.openDetail)]
        case .demandes:
            return AppFeature.answerableRequest(state) == nil ? [] : [.navigate(.repondreDemande)]
        case .nouvelleDemande(.menu):
            return state.newRequest.highlightedKind.map { [.navigate(.nouvelleDemande($0.step))] } ?? []
        case .aide: return [.back]
        case .monCompte: return [.myAccount(.choose)]
        case .payer:
            return state.canRequestInstalments ? [.navigate(.nouvelleDemande(.kind(.installments)))] : []
        default: return []
        }
    }

    /// Tab, Shift-Tab and Enter in a form.
    private enum FormKey {
        case next, previous, submit

        /// The same intent in any form.
        func intent<Field>() -> FormAction<Field> {
            switch self {
            case .next: return .focusNext
            case .previous: return .focusPrevious
            case .submit: return .submit
            }
        }
    }

    /// The intent for the form on screen, if a form is on screen.
    private static func formAction(_ key: FormKey, state: AppState) -> AppAction? {
        switch state.screen {
        case .connexion: return .login(.form(key.intent()))
        case .creerCompte: return .signUp(.form(key.intent()))
        case .motDePasseOublie: return .passwordReset(.form(key.intent()))
        case .nouvelleDemande(.index): return .readingForm(.form(key.intent()))
        case .nouvelleDemande(.coordonnees): return .contactForm(.form(key.intent()))
        case .repondreDemande: return .answer(.form(key.intent()))
        case .monCompte where state.myAccount.isEditing: return .myAccount(.form(key.intent()))
        case .nouvelleDemande(.kind): return .kindForm(.form(key.intent()))
        default: return nil
        }
    }

    // MARK: No text field has focus

    private static func mapCommand(_ key: Key, state: AppState, ui: inout UIState, strings: Strings)
        -> [AppAction]
    {
        if state.screen == .connexion {
            switch key {
            case .tab, .down: return focusAction(next: true, state: state)
            case .backTab, .up: return focusAction(next: false, state: state)
            case .character(" "): return [.login(.toggleRememberMe)]
            default: break
            }
        }
        if key == .enter {
            if state.screen == .demandes { ui.questionScroll = 0 }
            return submitAction(state: state)
        }
        if let list = ListContent.list(on: state.screen),
            let actions = mapMovement(key, list: list, state: state, ui: &ui, strings: strings)
        {
            return actions
        }
        if state.screen == .monCompte, key == .up || key == .down {
            return [.myAccount(.highlight(state.myAccount.highlighted + (key == .down ? 1 : -1)))]
        }
        guard case .character(let letter) = key else { return [] }
        switch letter {
        case "?": return [.navigate(.aide)]
        case "a", "A": return [.navigate(.accueil)]
        case "r", "R": return [.navigate(.releves)]
        case "f", "F": return [.navigate(.factures)]
        case "d", "D": return [.navigate(.demandes)]
        case "m", "M": return [.navigate(.messages)]
        case "c", "C": return [.navigate(.choixContrat)]
        case "n", "N": return [.navigate(.nouvelleDemande(.menu))]
        case "p", "P": return [.navigate(.payer)]
        case "x", "X": return [.logout]
        case "o", "O": return state.mode == .subscriber ? [.navigate(.monCompte)] : []
        case "q", "Q":
            ui.dialogButton = 0
            return [.quit]
        case "/":
            if let list = ListContent.list(on: state.screen), list.isFilterable { ui.isEditingFilter = true }
            return []
        default:
            return []
        }
    }

    /// Arrows, PgUp/PgDn, Home/End on a list: moves among the rows shown (filter applied).
    private static func mapMovement(
        _ key: Key, list: ListID, state: AppState, ui: inout UIState, strings: Strings
    ) -> [AppAction]? {
        let content = ListContent(
            list, state: state, strings: strings, filter: ui.filter(of: list), today: ui.today)
        let pageSize = max(1, ScreenLayout.pageSize(for: list, size: ui.size))
        var table = TableState(selectedIndex: content.visibleSelection, offset: ui.offset(of: list))
        guard table.apply(key, rowCount: content.visible.count, pageSize: pageSize) else { return nil }
        ui.setOffset(table.offset, of: list)
        guard let row = content.row(atVisible: table.selectedIndex) else { return [] }
        return [list.select(row)]
    }

    // MARK: Filter and dialog

    private static func mapFilter(
        _ key: Key, list: ListID, state: AppState, ui: inout UIState, strings: Strings
    ) -> [AppAction] {
        var text = ui.filter(of: list)
        switch key {
        case .character(let character): text.append(character)
        case .paste(let pasted): text += pasted.filter { !$0.isNewline }
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .enter:
            ui.isEditingFilter = false
            return []
        case .escape:
            ui.isEditingFilter = false
            ui.filters[list] = nil
            return []
        default:
            return mapMovement(key, list: list, state: state, ui: &ui, strings: strings) ?? []
        }
        ui.filters[list] = text.isEmpty ? nil : text
        ui.setOffset(0, of: list)
        let content = ListContent(list, state: state, strings: strings, filter: text, today: ui.today)
        if !content.visible.contains(content.selection), let first = content.visible.first {
            return [list.select(first)]
        }
        return []
    }

    private static func mapDialog(_ key: Key, dialog: SelfService.Dialog, ui: inout UIState) -> [AppAction] {
        switch key {
        case .left, .right, .tab, .backTab:
            ui.dialogButton = ui.dialogButton == 0 ? 1 : 0
            return []
        case .enter: return [ui.dialogButton == 0 ? .confirmDialog : .cancelDialog]
        case .escape, .character("n"), .character("N"): return [.cancelDialog]
        case .character("o"), .character("O"), .character("y"), .character("Y"):
            return [.confirmDialog]
        case .character("q"), .function(10):
            return dialog == .confirmQuit ? [.confirmDialog] : []
        default: return []
        }
    }
}
