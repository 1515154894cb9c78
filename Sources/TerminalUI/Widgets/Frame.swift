/// A border around a rectangle, with an optional title in the top edge.
public struct Frame: Sendable {
    /// Title in the top border, or nil.
    public var title: String?
    /// Style of the border.
    public var style: Style
    /// Unicode box drawing or ASCII.
    public var glyphs: Glyphs

    public init(title: String? = nil, style: Style = .border, glyphs: Glyphs = .unicode) {
        self.title = title
        self.style = style
        self.glyphs = glyphs
    }

    /// Draws the border on the edge cells of `rect`; returns the inside. Rectangles smaller
    /// than 2x2 get no border and are returned as they are.
    @discardableResult
    public func draw(in rect: Rect, on canvas: some Canvas) -> Rect {
        guard rect.size.columns >= 2, rect.size.rows >= 2 else { return rect }
        let inner = rect.size.columns - 2
        let horizontal = String(repeating: glyphs.horizontal, count: inner)
        canvas.put("\(glyphs.topLeft)\(horizontal)\(glyphs.topRight)", at: rect.origin, style: style)
        canvas.put(
            "\(glyphs.bottomLeft)\(horizontal)\(glyphs.bottomRight)",
            at: Point(column: rect.minColumn, row: rect.maxRow - 1),
            style: style)
        for row in (rect.minRow + 1)..<(rect.maxRow - 1) {
            canvas.put(String(glyphs.vertical), at: Point(column: rect.minColumn, row: row), style: style)
            canvas.put(String(glyphs.vertical), at: Point(column: rect.maxColumn - 1, row: row), style: style)
        }
        if let title, inner >= 3 {
            let text = Sanitizer.truncate(" \(Sanitizer.clean(title)) ", toWidth: inner - 1)
            canvas.put(
                text, at: Point(column: rect.minColumn + 2, row: rect.minRow), style: .title,
                maxWidth: inner - 1)
        }
        return rect.inset(by: 1)
    }
}
