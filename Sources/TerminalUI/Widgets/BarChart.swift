import Foundation

/// A vertical bar chart comparing two series per period: this period and the same period a
/// year before (consumption per quarter, per month…).
///
/// Each period is a group of two bars (current on the left, previous year on the right) over
/// a label row. Unicode draws eighths of a cell with ▁▂▃▄▅▆▇█; ASCII draws whole cells with `#`
/// (current) and `=` (previous). When periods do not all fit, the most recent ones (the end
/// of `bars`) are shown. A flagged period (e.g. over-consumption) gets a `!` above its bars
/// and the warning style.
public struct BarChart: Sendable {
    /// One period.
    public struct Bar: Sendable, Hashable {
        /// Label under the bars (`"2024"`); it may run under the following groups while their
        /// labels are empty, so a year can mark where it starts.
        public var label: String
        /// Value for this period, nil when unknown.
        public var current: Decimal?
        /// Value for the same period a year before, nil when unknown.
        public var previousYear: Decimal?
        /// Highlight this period (e.g. over twice the average of previous years).
        public var isFlagged: Bool
        /// The period the user selected elsewhere (a table row): marked under its bars.
        public var isSelected: Bool

        public init(
            label: String, current: Decimal?, previousYear: Decimal?, isFlagged: Bool = false,
            isSelected: Bool = false
        ) {
            self.label = label
            self.current = current
            self.previousYear = previousYear
            self.isFlagged = isFlagged
            self.isSelected = isSelected
        }
    }

    /// Periods, oldest first.
    public var bars: [Bar]
    /// Unicode eighths or ASCII whole cells.
    public var glyphs: Glyphs

    public init(bars: [Bar], glyphs: Glyphs = .unicode) {
        self.bars = bars
        self.glyphs = glyphs
    }

    /// Cells per period: two bars of `barWidth` and a gap.
    static let groupWidth = 3

    /// Draws the chart into `rect`: bars above, labels on the last row.
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard rect.size.rows >= 2, rect.size.columns >= 2, !bars.isEmpty else { return }
        let capacity = max(1, (rect.size.columns + 1) / Self.groupWidth)
        let shown = Array(bars.suffix(capacity))
        let barRows = rect.size.rows - 2  // one row for labels, one for flags
        let values = shown.flatMap { [$0.current, $0.previousYear] }.compactMap { $0 }
        let maximum = values.max() ?? 0
        for (index, bar) in shown.enumerated() {
            let column = rect.minColumn + index * Self.groupWidth
            // A label runs under the next groups while their labels are empty; one that does
            // not fit whole is left out rather than cut ("202" would say nothing).
            let free = shown[(index + 1)...].prefix { $0.label.isEmpty }.count
            let room = min(Self.groupWidth * (1 + free), rect.maxColumn - column)
            if !bar.label.isEmpty, Sanitizer.displayWidth(bar.label) <= room {
                let labelArea = Rect(column: column, row: rect.maxRow - 1, columns: room, rows: 1)
                canvas.put(bar.label, in: labelArea, style: bar.isFlagged ? .warning : .muted)
            }
            // Above the bars: `!` for a flagged period, a marker over the selected one.
            if bar.isSelected, column + 1 < rect.maxColumn {
                let marker = Rect(column: column, row: rect.minRow, columns: 2, rows: 1)
                canvas.put(glyphs.hasPartialBars ? "▼▼" : "vv", in: marker, style: .selected)
            } else if bar.isFlagged {
                canvas.put("!", at: Point(column: column, row: rect.minRow), style: .warning, maxWidth: 1)
            }
            let currentStyle: Style = bar.isFlagged ? .warning : .chartCurrent
            drawBar(
                bar.current, maximum: maximum, column: column, bottomRow: rect.maxRow - 2, height: barRows,
                limit: rect.maxColumn, full: glyphs.barLevels[7], style: currentStyle, on: canvas)
            drawBar(
                bar.previousYear, maximum: maximum, column: column + 1, bottomRow: rect.maxRow - 2,
                height: barRows, limit: rect.maxColumn, full: glyphs.previousBar, style: .chartPrevious,
                on: canvas)
        }
    }

    /// Height of a bar in eighths of a cell for `value` out of `maximum` over `height` rows.
    static func eighths(_ value: Decimal?, maximum: Decimal, height: Int) -> Int {
        guard let value, value > 0, maximum > 0, height > 0 else { return 0 }
        let scaled = NSDecimalNumber(decimal: value * Decimal(height * 8) / maximum).doubleValue
        return min(height * 8, max(1, Int(scaled.rounded())))
    }

    private func drawBar(
        _ value: Decimal?, maximum: Decimal, column: Int, bottomRow: Int, height: Int, limit: Int,
        full: Character, style: Style, on canvas: some Canvas
    ) {
        guard column < limit else { return }
        var remaining = Self.eighths(value, maximum: maximum, height: height)
        if !glyphs.hasPartialBars { remaining = (remaining + 4) / 8 * 8 }
        if value.map({ $0 > 0 }) == true, remaining == 0 { remaining = glyphs.hasPartialBars ? 1 : 8 }
        var row = bottomRow
        while remaining > 0, row > bottomRow - height {
            let level = min(8, remaining)
            let character = level == 8 ? full : glyphs.barLevels[level - 1]
            canvas.put(String(character), at: Point(column: column, row: row), style: style, maxWidth: 1)
            remaining -= level
            row -= 1
        }
    }
}
