/// An in-memory ``Canvas``: a grid of cells, each holding one character and its style.
///
/// Used by tests (read ``rows`` or ``text``) and benchmarks. A wide character fills its cell
/// and marks the next one as its continuation; overwriting either half blanks the other.
///
/// ```swift
/// let canvas = GridCanvas(columns: 20, rows: 2)
/// canvas.put("Relevés", at: .zero, style: .title)
/// #expect(canvas.rows[0].hasPrefix("Relevés"))
/// ```
public final class GridCanvas: Canvas {
    /// One cell of the grid.
    public struct Cell: Hashable, Sendable {
        /// The character drawn here; empty for the right half of a wide character.
        public var text: String
        /// Its style.
        public var style: Style

        /// A blank cell in `style`.
        public static func blank(_ style: Style = .normal) -> Cell { Cell(text: " ", style: style) }
    }

    /// Size in cells.
    public private(set) var size: Size
    public var cursor: Point?
    private var cells: [Cell]

    /// Creates a blank grid of `columns` by `rows` (negative values become zero).
    public init(columns: Int, rows: Int) {
        size = Size(columns: columns, rows: rows)
        cells = Array(repeating: .blank(), count: size.columns * size.rows)
    }

    /// Creates a blank grid of `size`.
    public convenience init(size: Size) {
        self.init(columns: size.columns, rows: size.rows)
    }

    /// Changes the size and blanks every cell (a resize redraws everything anyway).
    public func resize(to newSize: Size) {
        size = newSize
        cells = Array(repeating: .blank(), count: size.columns * size.rows)
        cursor = nil
    }

    @discardableResult
    public func put(_ text: String, at point: Point, style: Style, maxWidth: Int?) -> Int {
        guard point.row >= 0, point.row < size.rows else { return 0 }
        let limit = CellLayout.limit(start: point.column, maxWidth: maxWidth, canvasWidth: size.columns)
        var written = 0
        for placed in CellLayout.place(text, startColumn: point.column, limitColumn: limit) {
            set(Cell(text: String(placed.character), style: style), column: placed.column, row: point.row)
            if placed.width == 2 {
                set(Cell(text: "", style: style), column: placed.column + 1, row: point.row)
            }
            written += placed.width
        }
        return written
    }

    public func fill(_ rect: Rect, with character: Character, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cleaned = Sanitizer.clean(String(character))
        let fillCharacter =
            cleaned.count == 1 && Sanitizer.width(of: cleaned.first ?? " ") == 1 ? cleaned : " "
        for row in area.minRow..<area.maxRow {
            for column in area.minColumn..<area.maxColumn {
                set(Cell(text: fillCharacter, style: style), column: column, row: row)
            }
        }
    }

    /// The cell at `point`, or nil outside the grid.
    public func cell(at point: Point) -> Cell? {
        guard bounds.contains(point) else { return nil }
        return cells[point.row * size.columns + point.column]
    }

    /// The style of the cell at `point`, or nil outside the grid.
    public func style(at point: Point) -> Style? {
        cell(at: point)?.style
    }

    /// Each row as a string, full width (trailing spaces kept). A wide character appears once.
    public var rows: [String] {
        (0..<size.rows).map { row in
            cells[(row * size.columns)..<((row + 1) * size.columns)].map(\.text).joined()
        }
    }

    /// All rows with trailing spaces removed, joined by newlines: handy in test failure output.
    public var text: String {
        rows.map { row in
            var trimmed = Substring(row)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// The position of the first occurrence of `needle` (searching row by row), in cells.
    public func find(_ needle: String) -> Point? {
        for (rowIndex, row) in rows.enumerated() {
            guard let range = row.range(of: needle) else { continue }
            return Point(column: Sanitizer.displayWidth(String(row[..<range.lowerBound])), row: rowIndex)
        }
        return nil
    }

    /// Writes one cell, blanking the other half of any wide character it cuts through.
    private func set(_ cell: Cell, column: Int, row: Int) {
        let index = row * size.columns + column
        if cells[index].text.isEmpty, column > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if column + 1 < size.columns, cells[index + 1].text.isEmpty, !cell.text.isEmpty {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
    }
}
