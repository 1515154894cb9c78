/// A modal box centred on the screen: title, wrapped message and a row of buttons
/// (confirmation before sending a request, before quitting with unsaved input…).
public struct Dialog: Sendable {
    /// Title in the top border.
    public var title: String
    /// Body text, wrapped.
    public var message: String
    /// Button titles, left to right.
    public var buttons: [String]
    /// Which button has the focus.
    public var state: DialogState
    /// Border characters.
    public var glyphs: Glyphs

    public init(
        title: String, message: String, buttons: [String], state: DialogState = DialogState(),
        glyphs: Glyphs = .unicode
    ) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.state = state
        self.glyphs = glyphs
    }

    /// The box's rectangle in `bounds`: as wide as its content (up to `bounds` minus a margin).
    public func frame(in bounds: Rect) -> Rect {
        let buttonsWidth = buttons.reduce(0) { $0 + Button(title: $1).width + 1 }
        let content = max(
            Sanitizer.displayWidth(title) + 4, buttonsWidth, min(50, Sanitizer.displayWidth(message)))
        let width = min(bounds.size.columns, max(20, content + 4))
        let lines = Sanitizer.wrap(message, toWidth: max(1, width - 4)).count
        let height = min(bounds.size.rows, lines + 5)
        return bounds.centered(Size(columns: width, rows: height))
    }

    /// Clears the box area, draws frame, message and buttons; the cursor goes on the focused button.
    public func draw(in bounds: Rect, on canvas: some Canvas) {
        let box = frame(in: bounds)
        guard !box.isEmpty else { return }
        canvas.clear(box, style: .dialog)
        let inside = Frame(title: title, glyphs: glyphs).draw(in: box, on: canvas).inset(columns: 1, rows: 0)
        let (text, buttonRow) = inside.splitBottom(1)
        let messageArea = text.splitTop(1).rest.splitBottom(1).rest  // one blank row above and below
        Label(message, style: .dialog, wraps: true).draw(in: messageArea, on: canvas)
        var column = buttonRow.minColumn
        for (index, title) in buttons.enumerated() {
            let area = Rect(
                column: column, row: buttonRow.minRow, columns: max(0, buttonRow.maxColumn - column), rows: 1)
            column +=
                Button(title: title, isFocused: index == state.focusedButton).draw(in: area, on: canvas) + 1
        }
    }
}

/// Which button of a ``Dialog`` has the focus, and how keys answer it.
public struct DialogState: Hashable, Sendable {
    /// What a key did to the dialog.
    public enum Outcome: Hashable, Sendable {
        /// Enter on button `index`.
        case chosen(Int)
        /// Esc.
        case cancelled
    }

    /// Index of the focused button.
    public var focusedButton: Int

    public init(focusedButton: Int = 0) {
        self.focusedButton = max(0, focusedButton)
    }

    /// Left/Right/Tab/Shift-Tab move between the `buttonCount` buttons; Enter chooses, Esc
    /// cancels. Returns the outcome, or nil when the dialog stays open.
    public mutating func apply(_ key: Key, buttonCount: Int) -> Outcome? {
        guard buttonCount > 0 else { return key == .escape || key == .enter ? .cancelled : nil }
        switch key {
        case .left, .backTab: focusedButton = (focusedButton + buttonCount - 1) % buttonCount
        case .right, .tab: focusedButton = (focusedButton + 1) % buttonCount
        case .enter: return .chosen(min(focusedButton, buttonCount - 1))
        case .escape: return .cancelled
        default: break
        }
        return nil
    }
}
