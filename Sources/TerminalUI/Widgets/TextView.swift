/// Vertical scrolling of content taller than its area (help, message bodies), as a value.
public struct ScrollState: Hashable, Sendable {
    /// First visible line.
    public var offset: Int

    public init(offset: Int = 0) {
        self.offset = max(0, offset)
    }

    /// Up/Down scroll a line, PgUp/PgDn a page, Home/End to the ends. Returns true for those keys.
    @discardableResult
    public mutating func apply(_ key: Key, contentHeight: Int, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        switch key {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .home: offset = 0
        case .end: offset = contentHeight
        default: return false
        }
        clamp(contentHeight: contentHeight, pageSize: page)
        return true
    }

    /// Keeps the offset between 0 and the last full page.
    public mutating func clamp(contentHeight: Int, pageSize: Int) {
        offset = min(max(0, offset), max(0, contentHeight - max(1, pageSize)))
    }
}

/// Wrapped, scrollable text. Line breaks in the text are kept; a `↓`/`v` marker in the last
/// column tells that more follows.
public struct TextView: Sendable {
    /// The text; line breaks are kept.
    public var text: String
    /// First visible line.
    public var scroll: ScrollState
    /// Style of the text.
    public var style: Style

    public init(text: String, scroll: ScrollState = ScrollState(), style: Style = .normal) {
        self.text = text
        self.scroll = scroll
        self.style = style
    }

    /// Lines the text takes at `width`: pass it to ``ScrollState/apply(_:contentHeight:pageSize:)``.
    public static func contentHeight(of text: String, width: Int) -> Int {
        Sanitizer.wrap(text, toWidth: max(1, width - 1)).count
    }

    /// Draws the visible lines, keeping the last column for the "more" markers.
    public func draw(in rect: Rect, on canvas: some Canvas, glyphs: Glyphs = .unicode) {
        guard !rect.isEmpty else { return }
        canvas.clear(rect)
        let lines = Sanitizer.wrap(text, toWidth: max(1, rect.size.columns - 1))
        var state = scroll
        state.clamp(contentHeight: lines.count, pageSize: rect.size.rows)
        for (index, line) in lines.dropFirst(state.offset).prefix(rect.size.rows).enumerated() {
            canvas.put(
                line, at: Point(column: rect.minColumn, row: rect.minRow + index), style: style,
                maxWidth: rect.size.columns - 1)
        }
        let markerColumn = rect.maxColumn - 1
        if state.offset > 0 {
            canvas.put(
                glyphs == .ascii ? "^" : "↑", at: Point(column: markerColumn, row: rect.minRow), style: .muted
            )
        }
        if state.offset + rect.size.rows < lines.count {
            canvas.put(
                glyphs == .ascii ? "v" : "↓", at: Point(column: markerColumn, row: rect.maxRow - 1),
                style: .muted)
        }
    }
}
