import SelfService
import TerminalUI

/// The editing state of the search screen's fields (cursor and text), owned by the front end
/// beside ``SubscriberSearchState``.
public struct CounterSearchEditors: Hashable, Sendable {
    /// The search text (contract, name, meter serial or street).
    public var text = TextFieldState(maxLength: 60)
    /// The town, for street searches.
    public var town = TextFieldState(maxLength: 40)

    /// Empty fields.
    public init() {}
}

/// Keys of the search screen → search actions. Letters always go to the focused field or are
/// ignored, so typing can never trigger anything else.
public enum CounterSearchKeys {
    /// The actions `key` means on the search screen; `editors` follow the typing.
    ///
    /// Enter searches from a field and opens the selected row from the table; Tab moves
    /// between the fields and the table; F2 changes the criterion; PgUp/PgDn page the results
    /// (on the table); Up/Down move the selection (Down from a field goes to the table).
    public static func actions(
        for key: Key, state: SubscriberSearchState, editors: inout CounterSearchEditors
    ) -> [SubscriberSearchAction] {
        switch key {
        case .function(2): return [.nextKind]
        case .tab, .backTab: return [.focusNext]
        default: break
        }
        switch state.focus {
        case .results:
            switch key {
            case .enter: return [.openSelected]
            case .up: return state.selection == 0 ? [.focus(.text)] : [.moveSelection(-1)]
            case .down: return [.moveSelection(1)]
            case .home: return [.moveSelection(-SubscriberSearchRequest.pageSize)]
            case .end: return [.moveSelection(SubscriberSearchRequest.pageSize)]
            case .pageDown: return [.nextPage]
            case .pageUp: return [.previousPage]
            default: return []
            }
        case .text, .town:
            switch key {
            case .enter: return [.submit]
            case .down, .pageDown: return [.focus(.results)]
            default: break
            }
            if state.focus == .text {
                guard editors.text.apply(key) else { return [] }
                return editors.text.text == state.text ? [] : [.setText(editors.text.text)]
            }
            guard editors.town.apply(key) else { return [] }
            return editors.town.text == state.town ? [] : [.setTown(editors.town.text)]
        }
    }
}
