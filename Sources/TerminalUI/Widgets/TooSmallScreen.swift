/// What to show instead of a screen when the terminal is smaller than ``minimumSize``: a
/// message (localised by the caller, e.g. "Agrandissez la fenêtre") and the current and
/// required sizes. Safe at any size, 0x0 and 1x1 included.
public struct TooSmallScreen: Sendable {
    /// The smallest size screens are laid out for.
    public static let minimumSize = Size(columns: 80, rows: 24)

    /// Localised request to enlarge the window.
    public var message: String
    /// Size the screens need.
    public var minimum: Size

    public init(message: String, minimum: Size = TooSmallScreen.minimumSize) {
        self.message = message
        self.minimum = minimum
    }

    /// Whether `size` is too small for the screens.
    public static func isNeeded(for size: Size, minimum: Size = TooSmallScreen.minimumSize) -> Bool {
        !size.isAtLeast(minimum)
    }

    /// Clears the canvas and draws the message, centred, wrapped, then `20x5 / 80x24`.
    public func draw(on canvas: some Canvas) {
        let bounds = canvas.bounds
        canvas.cursor = nil
        guard !bounds.isEmpty else { return }
        canvas.clearAll()
        let sizes = "\(canvas.size.columns)x\(canvas.size.rows) / \(minimum.columns)x\(minimum.rows)"
        var lines = Sanitizer.wrap(message, toWidth: bounds.size.columns)
        lines.append(Sanitizer.truncate(sizes, toWidth: bounds.size.columns))
        let shown = Array(lines.prefix(bounds.size.rows))
        let top = (bounds.size.rows - shown.count) / 2
        for (index, line) in shown.enumerated() {
            let row = Rect(column: 0, row: top + index, columns: bounds.size.columns, rows: 1)
            canvas.put(line, in: row, alignment: .center, style: index == shown.count - 1 ? .muted : .warning)
        }
    }
}
