/// Selection and scrolling of a list or table, as a value the view-model owns.
///
/// `offset` is the first visible row. Only visible rows are ever drawn, so a table of any
/// length costs the same to draw (virtual scrolling); a screen that pages from the server asks
/// for more when ``isNearEnd(rowCount:pageSize:)`` turns true.
public struct TableState: Hashable, Sendable {
    /// Index of the selected row (0 when the table is empty).
    public var selectedIndex: Int
    /// Index of the first visible row.
    public var offset: Int

    public init(selectedIndex: Int = 0, offset: Int = 0) {
        self.selectedIndex = max(0, selectedIndex)
        self.offset = max(0, offset)
    }

    /// Moves the selection for Up/Down, PgUp/PgDn, Home/End. Returns true when the key is a
    /// movement key (even at an edge), false otherwise. `pageSize` is the number of visible rows.
    @discardableResult
    public mutating func apply(_ key: Key, rowCount: Int, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        switch key {
        case .up: selectedIndex -= 1
        case .down: selectedIndex += 1
        case .pageUp: selectedIndex -= page
        case .pageDown: selectedIndex += page
        case .home: selectedIndex = 0
        case .end: selectedIndex = rowCount - 1
        default: return false
        }
        clamp(rowCount: rowCount, pageSize: page)
        return true
    }

    /// Keeps the selection inside `0..<rowCount` and scrolls just enough to show it.
    public mutating func clamp(rowCount: Int, pageSize: Int) {
        selectedIndex = min(max(0, selectedIndex), max(0, rowCount - 1))
        offset = visibleOffset(rowCount: rowCount, pageSize: pageSize)
    }

    /// The offset to draw with: the stored one, moved as little as possible so that the
    /// selection is visible and no empty space is left below the last row.
    public func visibleOffset(rowCount: Int, pageSize: Int) -> Int {
        let page = max(1, pageSize)
        let selected = min(max(0, selectedIndex), max(0, rowCount - 1))
        var first = offset
        if selected < first { first = selected }
        if selected >= first + page { first = selected - page + 1 }
        first = min(first, max(0, rowCount - page))
        return max(0, first)
    }

    /// Whether the selection is within one page of the end: time to fetch the next page.
    public func isNearEnd(rowCount: Int, pageSize: Int) -> Bool {
        selectedIndex >= rowCount - max(1, pageSize)
    }
}
