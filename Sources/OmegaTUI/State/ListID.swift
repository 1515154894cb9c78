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
}
