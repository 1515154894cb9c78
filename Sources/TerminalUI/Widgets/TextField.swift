/// A one-line input field with an optional label, drawing a ``TextFieldState``.
///
/// The text scrolls horizontally to keep the cursor visible. When focused, the canvas cursor
/// is put on the insertion point (screen readers follow it).
///
/// ```swift
/// TextField(label: "Mot de passe", state: password, isFocused: true, isMasked: true)
///     .draw(in: Rect(column: 2, row: 5, columns: 50, rows: 1), on: canvas)
/// ```
public struct TextField: Sendable {
    /// Text before the field, or nil for none.
    public var label: String?
    /// Text and cursor.
    public var state: TextFieldState
    /// Whether the field has the focus (focused style, cursor shown).
    public var isFocused: Bool
    /// Shows one `*` per character (passwords).
    public var isMasked: Bool
    /// Shown in the muted style while the field is empty and not focused.
    public var placeholder: String?
    /// Cells reserved for the label (so several fields line up); nil: the label's own width.
    public var labelWidth: Int?

    public init(
        label: String? = nil, state: TextFieldState, isFocused: Bool = false, isMasked: Bool = false,
        placeholder: String? = nil, labelWidth: Int? = nil
    ) {
        self.label = label
        self.state = state
        self.isFocused = isFocused
        self.isMasked = isMasked
        self.placeholder = placeholder
        self.labelWidth = labelWidth
    }

    /// The mask character of masked fields.
    public static let maskCharacter: Character = "*"

    /// Draws the label, then the field filling the rest of the row.
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        var area = Rect(origin: rect.origin, size: Size(columns: rect.size.columns, rows: 1))
        if let label {
            let width = min(labelWidth ?? (Sanitizer.displayWidth(label) + 1), area.size.columns)
            let split = area.splitLeft(width)
            canvas.put(label, in: split.left, style: .normal)
            area = split.rest
        }
        guard !area.isEmpty else { return }
        let style: Style = isFocused ? .focusedField : .field
        canvas.fill(area, with: " ", style: style)
        if state.isEmpty, !isFocused, let placeholder {
            canvas.put(placeholder, in: area, style: Style(.muted))
            return
        }
        let visible = Self.visibleWindow(of: shownCharacters, cursor: state.cursor, width: area.size.columns)
        canvas.put(visible.text, at: area.origin, style: style, maxWidth: area.size.columns)
        if isFocused {
            canvas.cursor = Point(column: area.minColumn + visible.cursorColumn, row: area.minRow)
        }
    }

    /// The characters displayed: the text, or the mask.
    private var shownCharacters: [Character] {
        isMasked ? Array(repeating: Self.maskCharacter, count: state.text.count) : Array(state.text)
    }

    /// The part of `characters` to show in `width` cells so that the cursor (which needs one
    /// cell of its own at the end) stays visible, and the cursor's column within it.
    static func visibleWindow(of characters: [Character], cursor: Int, width: Int) -> (
        text: String, cursorColumn: Int
    ) {
        guard width > 0 else { return ("", 0) }
        let cursor = min(max(0, cursor), characters.count)
        let widths = characters.map(Sanitizer.width(of:))
        var start = 0
        var beforeCursor = widths[..<cursor].reduce(0, +)
        while beforeCursor > width - 1, start < cursor {
            beforeCursor -= widths[start]
            start += 1
        }
        var text = ""
        var used = 0
        for index in start..<characters.count {
            if used + widths[index] > width { break }
            used += widths[index]
            text.append(characters[index])
        }
        return (text, min(beforeCursor, width - 1))
    }
}
