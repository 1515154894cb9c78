/// Aligned label/value rows for detail panes (`Montant HT      61,39 €`): labels on the left,
/// values right-aligned (amounts line up) or left-aligned.
public struct KeyValueList: Sendable {
    /// One row.
    public struct Row: Sendable, Hashable {
        /// Label, left column.
        public var label: String
        /// Value, right column.
        public var value: String
        /// Style of the value.
        public var style: Style

        public init(_ label: String, _ value: String, style: Style = .normal) {
            self.label = label
            self.value = value
            self.style = style
        }
    }

    /// The rows, top to bottom.
    public var rows: [Row]
    /// Right for amounts, left for text.
    public var valueAlignment: TextAlignment
    /// Cells for labels; nil: the widest label plus one.
    public var labelWidth: Int?

    public init(rows: [Row], valueAlignment: TextAlignment = .right, labelWidth: Int? = nil) {
        self.rows = rows
        self.valueAlignment = valueAlignment
        self.labelWidth = labelWidth
    }

    /// Draws one row per entry, as many as fit in `rect`.
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        let widest = rows.map { Sanitizer.displayWidth($0.label) }.max() ?? 0
        let labelCells = min(labelWidth ?? (widest + 1), rect.size.columns)
        for (index, entry) in rows.prefix(rect.size.rows).enumerated() {
            let line = Rect(
                column: rect.minColumn, row: rect.minRow + index, columns: rect.size.columns, rows: 1)
            let (label, value) = line.splitLeft(labelCells)
            canvas.put(entry.label, in: label, style: .muted)
            canvas.put(entry.value, in: value, alignment: valueAlignment, style: entry.style)
        }
    }
}
