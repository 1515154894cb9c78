/// A cell position on a canvas: zero-based column (x) and row (y).
public struct Point: Hashable, Sendable, CustomStringConvertible {
    /// Zero-based column, counted in terminal cells.
    public var column: Int
    /// Zero-based row.
    public var row: Int

    /// Creates a point at `column`, `row`.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The top-left corner.
    public static let zero = Point(column: 0, row: 0)

    public var description: String { "(\(column), \(row))" }
}

/// A size in terminal cells. Negative values are clamped to zero on creation.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Width in cells.
    public var columns: Int
    /// Height in rows.
    public var rows: Int

    /// Creates a size; negative dimensions become zero so arithmetic downstream never goes negative.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    /// The empty size.
    public static let zero = Size(columns: 0, rows: 0)

    /// Whether the size holds at least `minimum` in both directions.
    public func isAtLeast(_ minimum: Size) -> Bool {
        columns >= minimum.columns && rows >= minimum.rows
    }

    public var description: String { "\(columns)x\(rows)" }
}

/// A rectangle of cells: an origin (top-left) and a size.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// Top-left cell.
    public var origin: Point
    /// Width and height in cells.
    public var size: Size

    /// Creates a rectangle from its top-left cell and its size.
    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    /// Creates a rectangle from column, row, width and height.
    public init(column: Int, row: Int, columns: Int, rows: Int) {
        self.init(origin: Point(column: column, row: row), size: Size(columns: columns, rows: rows))
    }

    /// The rectangle covering a whole canvas of `size`.
    public init(size: Size) {
        self.init(origin: .zero, size: size)
    }

    /// First column inside the rectangle.
    public var minColumn: Int { origin.column }
    /// First row inside the rectangle.
    public var minRow: Int { origin.row }
    /// First column past the right edge.
    public var maxColumn: Int { origin.column + size.columns }
    /// First row past the bottom edge.
    public var maxRow: Int { origin.row + size.rows }
    /// Whether the rectangle holds no cell.
    public var isEmpty: Bool { size.columns == 0 || size.rows == 0 }

    /// Whether `point` lies inside.
    public func contains(_ point: Point) -> Bool {
        point.column >= minColumn && point.column < maxColumn && point.row >= minRow && point.row < maxRow
    }

    /// The overlap of two rectangles (empty, at `self.origin`, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(minColumn, other.minColumn)
        let top = max(minRow, other.minRow)
        let right = min(maxColumn, other.maxColumn)
        let bottom = min(maxRow, other.maxRow)
        guard right > left, bottom > top else { return Rect(origin: origin, size: .zero) }
        return Rect(column: left, row: top, columns: right - left, rows: bottom - top)
    }

    /// The rectangle shrunk by `amount` cells on every side (never negative).
    public func inset(by amount: Int) -> Rect {
        inset(columns: amount, rows: amount)
    }

    /// The rectangle shrunk by `columns` on the left and right and `rows` on the top and bottom.
    public func inset(columns: Int, rows: Int) -> Rect {
        Rect(
            column: origin.column + columns, row: origin.row + rows,
            columns: size.columns - 2 * columns, rows: size.rows - 2 * rows)
    }

    /// Splits off the top `count` rows: returns (top, rest). Counts are clamped to the height.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, count), size.rows)
        let top = Rect(column: minColumn, row: minRow, columns: size.columns, rows: taken)
        let rest = Rect(
            column: minColumn, row: minRow + taken, columns: size.columns, rows: size.rows - taken)
        return (top, rest)
    }

    /// Splits off the bottom `count` rows: returns (rest, bottom). Counts are clamped to the height.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, count), size.rows)
        let rest = Rect(column: minColumn, row: minRow, columns: size.columns, rows: size.rows - taken)
        let bottom = Rect(column: minColumn, row: maxRow - taken, columns: size.columns, rows: taken)
        return (rest, bottom)
    }

    /// Splits off the left `count` columns: returns (left, rest). Counts are clamped to the width.
    public func splitLeft(_ count: Int) -> (left: Rect, rest: Rect) {
        let taken = min(max(0, count), size.columns)
        let left = Rect(column: minColumn, row: minRow, columns: taken, rows: size.rows)
        let rest = Rect(
            column: minColumn + taken, row: minRow, columns: size.columns - taken, rows: size.rows)
        return (left, rest)
    }

    /// A rectangle of `size` centred in this one (clamped to fit).
    public func centered(_ inner: Size) -> Rect {
        let width = min(inner.columns, size.columns)
        let height = min(inner.rows, size.rows)
        return Rect(
            column: minColumn + (size.columns - width) / 2, row: minRow + (size.rows - height) / 2,
            columns: width, rows: height)
    }

    public var description: String { "\(origin) \(size)" }
}
