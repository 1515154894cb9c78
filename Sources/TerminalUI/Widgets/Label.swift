/// Static text: one line truncated with an ellipsis, or wrapped over the rectangle's rows.
public struct Label: Sendable {
    /// The text (sanitised when drawn).
    public var text: String
    /// Its style.
    public var style: Style
    /// Alignment within the rectangle.
    public var alignment: TextAlignment
    /// Wrap over several rows instead of truncating (the last visible line ends with `…` if
    /// text remains).
    public var wraps: Bool

    public init(_ text: String, style: Style = .normal, alignment: TextAlignment = .left, wraps: Bool = false)
    {
        self.text = text
        self.style = style
        self.alignment = alignment
        self.wraps = wraps
    }

    /// Draws into `rect`, padding each used row to the full width.
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        guard wraps else {
            canvas.put(text, in: rect, alignment: alignment, style: style)
            return
        }
        var lines = Sanitizer.wrap(text, toWidth: rect.size.columns)
        if lines.count > rect.size.rows {
            lines = Array(lines.prefix(rect.size.rows))
            let last = lines.count - 1
            lines[last] = Sanitizer.truncate(lines[last] + Sanitizer.ellipsis, toWidth: rect.size.columns)
        }
        for (index, line) in lines.enumerated() {
            let row = Rect(
                column: rect.minColumn, row: rect.minRow + index, columns: rect.size.columns, rows: 1)
            canvas.put(line, in: row, alignment: alignment, style: style)
        }
    }

    /// Rows `text` takes when wrapped to `width`.
    public static func height(of text: String, width: Int) -> Int {
        Sanitizer.wrap(text, toWidth: width).count
    }
}
