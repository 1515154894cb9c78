import SelfService
import TerminalUI

/// One key (or pair of keys) and what it does, for the key bar and the help screen.
public struct KeyBinding: Equatable, Sendable {
    /// As shown: `F2/a`, `Entrée`, `Tab`.
    public var keys: String
    /// What it does, in the interface language.
    public var label: String
    /// Lower shows first when the bar is short of room (0 is kept longest).
    public var priority: Int

    /// Creates a binding.
    public init(keys: String, label: String, priority: Int) {
        self.keys = keys
        self.label = label
        self.priority = priority
    }
}

/// The keys of each screen: what the bottom bar shows and what Aide lists. The key mapper
/// is where they act; this is where they are described, for the same states.
public enum KeyBindings {
    /// The navigation keys available once logged in (letters act only outside text fields).
    public static func global(_ strings: Strings, loggedIn: Bool) -> [KeyBinding] {
        var bindings = [KeyBinding(keys: "F1/?", label: strings[.hintHelp], priority: 0)]
        if loggedIn {
            bindings += [
                KeyBinding(keys: "F2/a", label: strings[.hintHome], priority: 2),
                KeyBinding(keys: "F3/r", label: strings[.hintReadings], priority: 3),
                KeyBinding(keys: "F4/f", label: strings[.hintInvoices], priority: 4),
                KeyBinding(keys: "F5/d", label: strings[.hintRequests], priority: 5),
                KeyBinding(keys: "F6/m", label: strings[.hintMessages], priority: 7),
                KeyBinding(keys: "n", label: strings[.hintNew], priority: 6),
                KeyBinding(keys: "F9/c", label: strings[.hintContract], priority: 8),
                KeyBinding(keys: "x", label: strings[.hintLogout], priority: 9),
            ]
        }
        bindings.append(KeyBinding(keys: "F10/q", label: strings[.hintQuit], priority: 1))
        return bindings
    }

    /// The keys that belong to the screen shown in `state`.
    public static func screen(_ screen: Screen, state: AppState, strings: Strings) -> [KeyBinding] {
        let enter = strings[.keyEnter]
        let esc = strings[.keyEsc]
        let move = KeyBinding(keys: "↑↓", label: strings[.hintMove], priority: 5)
        let back = KeyBinding(keys: esc, label: strings[.hintBack], priority: 4)
        let filter = KeyBinding(keys: "/", label: strings[.hintFilter], priority: 3)
        let refresh = KeyBinding(keys: "Ctrl-R", label: strings[.hintRefresh], priority: 6)
        let tab = KeyBinding(keys: strings[.keyTab], label: strings[.hintNextField], priority: 3)
        switch screen {
        case .connexion:
            var bindings = [
                tab, KeyBinding(keys: enter, label: strings[.hintLogin], priority: 2),
                KeyBinding(keys: strings[.keySpace], label: strings[.hintToggle], priority: 6),
                KeyBinding(keys: "F7", label: strings[.hintSignUp], priority: 4),
                KeyBinding(keys: "F8", label: strings[.hintForgot], priority: 5),
            ]
            if state.login.suggestedAccount != nil {
                bindings.append(KeyBinding(keys: "Ctrl-D", label: strings[.hintDemo], priority: 3))
            }
            return bindings
        case .creerCompte, .motDePasseOublie:
            return [tab, KeyBinding(keys: enter, label: strings[.hintSubmit], priority: 2), back]
        case .accueil:
            let pay = KeyBinding(keys: "p", label: strings[.hintPay], priority: 3)
            guard state.mode == .subscriber else { return [pay, refresh] }
            return [pay, refresh, KeyBinding(keys: "o", label: strings[.hintMyAccount], priority: 9)]
        case .factures:
            return [
                move, KeyBinding(keys: enter, label: strings[.hintDetail], priority: 3),
                KeyBinding(keys: "p", label: strings[.hintPay], priority: 3), filter, refresh, back,
            ]
        case .demandes where AppFeature.answerableRequest(state) != nil:
            return [
                move, KeyBinding(keys: enter, label: strings[.hintAnswer], priority: 2), filter, refresh,
                back,
            ]
        case .releves, .demandes, .messages:
            return [move, filter, refresh, back]
        case .choixContrat:
            return [move, KeyBinding(keys: enter, label: strings[.hintChoose], priority: 2), back]
        case .nouvelleDemande(.menu):
            return [move, KeyBinding(keys: enter, label: strings[.hintOpen], priority: 2), back]
        case .nouvelleDemande(.index):
            return formBindings(step: state.readingForm?.step, strings: strings, tab: tab)
        case .nouvelleDemande(.coordonnees):
            return formBindings(step: state.contactForm?.step, strings: strings, tab: tab)
        case .nouvelleDemande(.kind):
            var bindings = formBindings(step: state.kindForm?.step, strings: strings, tab: tab)
            if let form = state.kindForm, form.step == .editing, KindFormState.isChoice(form.fields.focus) {
                bindings.append(
                    KeyBinding(keys: strings[.keySpace], label: strings[.hintChange], priority: 2))
            }
            return bindings
        case .aide:
            return [back]
        case .monCompte:
            guard state.myAccount.isEditing else {
                return [move, KeyBinding(keys: enter, label: strings[.hintOpen], priority: 2), back]
            }
            return [tab, KeyBinding(keys: enter, label: strings[.hintSubmit], priority: 2), back]
        case .repondreDemande:
            return [
                KeyBinding(keys: enter, label: strings[.hintSend], priority: 2),
                KeyBinding(keys: strings[.keyPageUpDown], label: strings[.hintScroll], priority: 5),
                KeyBinding(keys: esc, label: strings[.hintBack], priority: 3),
            ]
        case .payer:
            let instalments = KeyBinding(keys: enter, label: strings[.hintInstalments], priority: 2)
            return (state.canRequestInstalments ? [instalments] : []) + [refresh, back]
        }
    }

    private static func formBindings(step: FilingStep?, strings: Strings, tab: KeyBinding) -> [KeyBinding] {
        let enter = strings[.keyEnter]
        let esc = strings[.keyEsc]
        switch step {
        case .confirming, .sending, .warning:
            return [
                KeyBinding(keys: enter, label: strings[.hintSend], priority: 2),
                KeyBinding(keys: esc, label: strings[.hintEdit], priority: 3),
            ]
        case .sent:
            return [KeyBinding(keys: enter, label: strings[.hintRequests], priority: 2)]
        default:
            return [
                tab, KeyBinding(keys: enter, label: strings[.hintSubmit], priority: 2),
                KeyBinding(keys: esc, label: strings[.hintCancel], priority: 4),
            ]
        }
    }

    /// The bindings of the bottom bar for `state`, in display order: the screen's own keys,
    /// then navigation (letters hidden while a text field has focus, since they type).
    public static func bar(for state: AppState, strings: Strings) -> [KeyBinding] {
        let own = screen(state.screen, state: state, strings: strings)
        var global = global(strings, loggedIn: state.isLoggedIn)
        if state.textFieldHasFocus {
            global = global.compactMap { binding in
                guard let slash = binding.keys.firstIndex(of: "/") else { return nil }
                return KeyBinding(
                    keys: String(binding.keys[..<slash]), label: binding.label, priority: binding.priority)
            }
        }
        return [global[0]] + own + global.dropFirst()
    }

    /// The bar's bindings at `width`: all of them when they fit; otherwise the most important
    /// ones that fit, and the help key relabelled "Toutes les touches", since Aide lists every
    /// key of the screen.
    public static func bar(for state: AppState, strings: Strings, width: Int) -> [KeyBinding] {
        let all = bar(for: state, strings: strings)
        let shown = fitting(all, width: width)
        guard shown.count < all.count, let help = all.first else { return shown }
        var relabelled = all
        relabelled[0] = KeyBinding(keys: help.keys, label: strings[.hintAllKeys], priority: help.priority)
        return fitting(relabelled, width: width)
    }

    /// The bindings that fit in `width` cells with their full labels, most important first,
    /// then put back in display order.
    public static func fitting(_ bindings: [KeyBinding], width: Int) -> [KeyBinding] {
        var chosen: Set<Int> = []
        var used = 0
        let byPriority = bindings.indices.sorted { bindings[$0].priority < bindings[$1].priority }
        for index in byPriority {
            let binding = bindings[index]
            let cost = Sanitizer.displayWidth(binding.keys) + 1 + Sanitizer.displayWidth(binding.label)
            let separator = chosen.isEmpty ? 0 : 1
            if used + separator + cost <= width {
                used += separator + cost
                chosen.insert(index)
            }
        }
        return bindings.indices.filter { chosen.contains($0) }.map { bindings[$0] }
    }
}
