/// A busy indicator with a label (`⠋ Chargement…`). Advance ``frame`` at most every
/// ``Spinner/interval`` (4 Hz): faster animations waste bandwidth over SSH.
public struct Spinner: Sendable {
    /// How often to advance the frame, at most.
    public static let interval: Duration = .milliseconds(250)

    /// Frame number; advance it on each tick.
    public var frame: Int
    /// Text after the spinner (`Chargement…`).
    public var label: String
    /// Braille or ASCII frames.
    public var glyphs: Glyphs

    public init(frame: Int, label: String = "", glyphs: Glyphs = .unicode) {
        self.frame = frame
        self.label = label
        self.glyphs = glyphs
    }

    /// The character shown for ``frame``.
    public var currentGlyph: Character {
        let frames = glyphs.spinnerFrames
        guard !frames.isEmpty else { return " " }
        let index = ((frame % frames.count) + frames.count) % frames.count
        return frames[index]
    }

    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        let text = label.isEmpty ? String(currentGlyph) : "\(currentGlyph) \(Sanitizer.clean(label))"
        canvas.put(
            text, in: Rect(origin: rect.origin, size: Size(columns: rect.size.columns, rows: 1)),
            style: .muted)
    }
}
