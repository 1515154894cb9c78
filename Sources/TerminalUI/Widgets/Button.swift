/// `[ Valider ]`: a button, in the focused style with the cursor on it when focused.
public struct Button: Sendable {
    /// Text inside the brackets.
    public var title: String
    /// Whether it has the focus (focused style, cursor on it).
    public var isFocused: Bool

    public init(title: String, isFocused: Bool = false) {
        self.title = title
        self.isFocused = isFocused
    }

    /// Cells the button takes.
    public var width: Int { Sanitizer.displayWidth(title) + 4 }

    /// Draws at the start of `rect`; returns the cells used.
    @discardableResult
    public func draw(in rect: Rect, on canvas: some Canvas) -> Int {
        guard !rect.isEmpty else { return 0 }
        let used = canvas.put(
            "[ \(Sanitizer.clean(title)) ]", at: rect.origin, style: isFocused ? .focusedButton : .button,
            maxWidth: rect.size.columns)
        if isFocused, used > 2 {
            canvas.cursor = Point(column: rect.minColumn + 2, row: rect.minRow)
        }
        return used
    }
}
