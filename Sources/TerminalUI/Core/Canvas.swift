/// A surface of terminal cells that widgets draw into.
///
/// Two implementations: ``GridCanvas`` (in memory, for tests and benchmarks) and
/// ``NCursesCanvas`` (the real terminal). Every implementation:
/// - sanitises text (``Sanitizer/clean(_:)``) so no control or escape character reaches the screen,
/// - measures with `wcwidth` (wide characters take two cells, combining marks none),
/// - clips at its edges and at `maxWidth`, never splitting a wide character.
///
/// Canvases are not thread-safe: draw from one task or actor (the UI's main actor).
public protocol Canvas: AnyObject {
    /// Current size in cells. May be zero in either direction.
    var size: Size { get }

    /// Draws `text` on one row starting at `point`, using at most `maxWidth` cells (and never
    /// past the right edge). Returns the number of cells written. Text is sanitised first;
    /// newlines become spaces (use one call per row).
    @discardableResult
    func put(_ text: String, at point: Point, style: Style, maxWidth: Int?) -> Int

    /// Fills every cell of `rect` (clipped to the canvas) with `character` in `style`.
    func fill(_ rect: Rect, with character: Character, style: Style)

    /// Where the hardware cursor goes when the frame is shown, or `nil` to hide it. Put it on
    /// the focused field: screen readers and braille displays follow the real cursor.
    var cursor: Point? { get set }
}

extension Canvas {
    /// Draws `text` at `point` up to the right edge. See ``Canvas/put(_:at:style:maxWidth:)``.
    @discardableResult
    public func put(_ text: String, at point: Point, style: Style = .normal) -> Int {
        put(text, at: point, style: style, maxWidth: nil)
    }

    /// Blanks `rect` with spaces in `style`.
    public func clear(_ rect: Rect, style: Style = .normal) {
        fill(rect, with: " ", style: style)
    }

    /// Blanks the whole canvas.
    public func clearAll(style: Style = .normal) {
        fill(Rect(size: size), with: " ", style: style)
    }

    /// The rectangle covering the whole canvas.
    public var bounds: Rect { Rect(size: size) }

    /// Draws `text` inside `rect`'s first row, aligned and truncated with an ellipsis to fit.
    @discardableResult
    public func put(
        _ text: String, in rect: Rect, alignment: TextAlignment = .left, style: Style = .normal
    ) -> Int {
        guard !rect.isEmpty else { return 0 }
        let fitted = Sanitizer.pad(text, toWidth: rect.size.columns, alignment: alignment)
        return put(fitted, at: rect.origin, style: style, maxWidth: rect.size.columns)
    }
}

/// Horizontal alignment of text in a column or a rectangle.
public enum TextAlignment: Sendable, Hashable {
    /// Text starts at the left edge.
    case left
    /// Text ends at the right edge (numbers and amounts).
    case right
    /// Text is centred; an odd leftover cell goes to the right.
    case center
}
