/// A row of screen tabs (`Accueil  Relevés  Factures…`) with the current one selected.
/// Tabs that do not fit are cut from the end, but the selected one is always shown.
public struct TabBar: Sendable {
    /// Tab titles, left to right.
    public var titles: [String]
    /// Index of the current tab.
    public var selectedIndex: Int

    public init(titles: [String], selectedIndex: Int) {
        self.titles = titles
        self.selectedIndex = selectedIndex
    }

    /// Draws on the first row of `rect`: each title padded with a space on each side, the
    /// selected one in the selected style.
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        let row = Rect(origin: rect.origin, size: Size(columns: rect.size.columns, rows: 1))
        canvas.clear(row)
        let labels = titles.map { " \(Sanitizer.clean($0)) " }
        let widths = labels.map(Sanitizer.displayWidth)
        // Start late enough that the selected tab fits, when the row is short.
        var first = 0
        let selected = min(max(0, selectedIndex), max(0, titles.count - 1))
        while first < selected, widths[first...selected].reduce(0, +) > row.size.columns {
            first += 1
        }
        var column = row.minColumn
        for index in first..<labels.count {
            guard column < row.maxColumn else { break }
            let style: Style = index == selected ? .selected : .normal
            column += canvas.put(
                labels[index], at: Point(column: column, row: row.minRow), style: style,
                maxWidth: row.maxColumn - column)
        }
    }
}
