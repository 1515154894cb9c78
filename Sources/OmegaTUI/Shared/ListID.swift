import SelfService

/// A list the user moves through: its scrolling offset and filter live in ``UIState``.
public enum ListID: Hashable, Sendable, CaseIterable {
    case readings
    case invoices
    case requests
    case messages
    case contracts
    case newRequestMenu

    /// Whether `/` filters this list.
    public var isFilterable: Bool {
        switch self {
        case .readings, .invoices, .requests, .messages: return true
        case .contracts, .newRequestMenu: return false
        }
    }

    /// The action that moves the selection of this list to `row`.
    public func select(_ row: Int) -> AppAction {
        switch self {
        case .readings: return .readings(.select(row))
        case .invoices: return .invoices(.list(.select(row)))
        case .requests: return .requests(.select(row))
        case .messages: return .messages(.select(row))
        case .contracts: return .contracts(.highlight(row))
        case .newRequestMenu: return .newRequest(.highlight(row))
        }
    }
}
