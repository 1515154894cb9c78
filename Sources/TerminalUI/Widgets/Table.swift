/// A column of a ``Table``.
public struct TableColumn: Sendable, Hashable {
    /// How wide a column is.
    public enum Width: Sendable, Hashable {
        /// Exactly this many cells.
        case fixed(Int)
        /// A share of the room left by fixed columns, never below `min` cells.
        case flexible(min: Int)
    }

    /// Header text.
    public var title: String
    /// Fixed or flexible width.
    public var width: Width
    /// Numbers and amounts are right-aligned so that digits line up.
    public var alignment: TextAlignment

    public init(_ title: String, width: Width, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A list or table with a header, aligned columns, a selected row and virtual scrolling:
/// only the visible rows are asked for.
///
/// ```swift
/// Table(columns: [TableColumn("Date", width: .fixed(10)),
///                 TableColumn("Index", width: .fixed(8), alignment: .right)],
///       rowCount: readings.count, row: { [format(readings[$0].date), "\(readings[$0].index)"] },
///       state: tableState, isFocused: true)
///     .draw(in: area, on: canvas)
/// ```
public struct Table {
    /// Columns, left to right.
    public var columns: [TableColumn]
    /// Number of rows (only visible ones are asked for).
    public var rowCount: Int
    /// The cells of row `index`, one string per column; called for visible rows only.
    public var row: (Int) -> [String]
    /// An optional style per row (e.g. `.error` for an unpaid invoice); the selection wins.
    public var rowStyle: ((Int) -> Style)?
    /// Selection and scrolling.
    public var state: TableState
    /// Whether the table has the focus (selected style, cursor on the row).
    public var isFocused: Bool
    /// Whether the first row shows column titles.
    public var showsHeader: Bool
    /// Text shown when there is no row.
    public var emptyMessage: String?

    public init(
        columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> [String],
        rowStyle: ((Int) -> Style)? = nil, state: TableState, isFocused: Bool = true,
        showsHeader: Bool = true,
        emptyMessage: String? = nil
    ) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.rowStyle = rowStyle
        self.state = state
        self.isFocused = isFocused
        self.showsHeader = showsHeader
        self.emptyMessage = emptyMessage
    }

    /// A table over rows already in memory.
    public init(
        columns: [TableColumn], rows: [[String]], state: TableState, isFocused: Bool = true,
        showsHeader: Bool = true, emptyMessage: String? = nil
    ) {
        self.init(
            columns: columns, rowCount: rows.count, row: { rows[$0] }, state: state, isFocused: isFocused,
            showsHeader: showsHeader, emptyMessage: emptyMessage)
    }

    /// Visible data rows in a rectangle of `height` rows: pass it to ``TableState/apply(_:rowCount:pageSize:)``.
    public static func pageSize(height: Int, showsHeader: Bool = true) -> Int {
        max(0, height - (showsHeader ? 1 : 0))
    }

    /// Widths of the columns for a total of `width` cells, one space between columns.
    public func columnWidths(totalWidth width: Int) -> [Int] {
        let separators = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { total, column in
            if case .fixed(let cells) = column.width { return total + max(0, cells) }
            return total
        }
        let flexibleCount = columns.filter {
            if case .flexible = $0.width { return true } else { return false }
        }.count
        let room = max(0, width - separators - fixed)
        var remaining = room
        var flexibleIndex = 0
        return columns.map { column in
            switch column.width {
            case .fixed(let cells):
                return max(0, cells)
            case .flexible(let minimum):
                flexibleIndex += 1
                let share = flexibleIndex == flexibleCount ? remaining : room / max(1, flexibleCount)
                remaining -= share
                return max(max(0, minimum), share)
            }
        }
    }

    /// Draws the header and the visible rows; puts the cursor on the selected row when focused.
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        let widths = columnWidths(totalWidth: rect.size.columns)
        var body = rect
        if showsHeader {
            let split = rect.splitTop(1)
            drawCells(columns.map(\.title), widths: widths, in: split.top, style: .header, on: canvas)
            body = split.rest
        }
        canvas.clear(body)
        guard rowCount > 0 else {
            if let emptyMessage, !body.isEmpty {
                canvas.put(emptyMessage, in: body.splitTop(1).top, style: .muted)
            }
            return
        }
        let pageSize = body.size.rows
        let first = state.visibleOffset(rowCount: rowCount, pageSize: pageSize)
        let selected = min(max(0, state.selectedIndex), rowCount - 1)
        for line in 0..<pageSize where first + line < rowCount {
            let index = first + line
            let area = Rect(
                column: body.minColumn, row: body.minRow + line, columns: body.size.columns, rows: 1)
            let isSelected = index == selected
            let style: Style = isSelected && isFocused ? .selected : rowStyle?(index) ?? .normal
            let emphasis: Style = isSelected && !isFocused ? style.adding(.underline) : style
            drawCells(row(index), widths: widths, in: area, style: emphasis, on: canvas)
            if isSelected, isFocused { canvas.cursor = area.origin }
        }
    }

    private func drawCells(
        _ cells: [String], widths: [Int], in area: Rect, style: Style, on canvas: some Canvas
    ) {
        canvas.fill(area, with: " ", style: style)
        var column = area.minColumn
        for (index, width) in widths.enumerated() {
            guard column < area.maxColumn else { break }
            let text = index < cells.count ? cells[index] : ""
            let cellWidth = min(width, area.maxColumn - column)
            let fitted = Sanitizer.pad(text, toWidth: cellWidth, alignment: columns[index].alignment)
            canvas.put(fitted, at: Point(column: column, row: area.minRow), style: style, maxWidth: cellWidth)
            column += width + 1
        }
    }
}
