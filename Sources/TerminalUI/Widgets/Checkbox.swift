/// `[x] label`, drawn in the focused style when it has the focus (cursor on the box).
public struct Checkbox: Sendable {
    /// Text after the box.
    public var label: String
    /// Whether the box shows `[x]`.
    public var isChecked: Bool
    /// Whether it has the focus (focused style, cursor on the box).
    public var isFocused: Bool

    public init(label: String, isChecked: Bool, isFocused: Bool = false) {
        self.label = label
        self.isChecked = isChecked
        self.isFocused = isFocused
    }

    /// Whether `key` toggles a checkbox (Space or Enter).
    public static func toggles(_ key: Key) -> Bool {
        key == .character(" ") || key == .enter
    }

    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        let row = Rect(origin: rect.origin, size: Size(columns: rect.size.columns, rows: 1))
        let box = isChecked ? "[x]" : "[ ]"
        let used = canvas.put(
            box, at: row.origin, style: isFocused ? .focusedField : .normal, maxWidth: row.size.columns)
        let rest = row.splitLeft(used + 1).rest
        canvas.put(label, in: rest, style: .normal)
        if isFocused, used >= 2 {
            canvas.cursor = Point(column: row.minColumn + 1, row: row.minRow)
        }
    }
}
