/// The characters widgets draw frames, bars and spinners with: Unicode by default, ASCII for
/// terminals or fonts that cannot show box drawing and block elements.
public struct Glyphs: Hashable, Sendable {
    /// Frame corners and lines: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character
    /// Bar levels from one eighth to a full cell (8 entries); ASCII repeats one character.
    public var barLevels: [Character]
    /// The bar character of the previous-year series when glyphs must tell the series apart.
    public var previousBar: Character
    /// Spinner frames, shown in turn.
    public var spinnerFrames: [Character]
    /// Whether bars can show eighths of a cell (Unicode) or only whole cells (ASCII).
    public var hasPartialBars: Bool

    /// Box drawing, ▁▂▃▄▅▆▇█ and a braille spinner.
    public static let unicode = Glyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        barLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], previousBar: "█",
        spinnerFrames: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"], hasPartialBars: true)

    /// `+-|`, `#` and `=` bars, `|/-\` spinner.
    public static let ascii = Glyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        barLevels: Array(repeating: "#", count: 8), previousBar: "=",
        spinnerFrames: ["|", "/", "-", "\\"], hasPartialBars: false)
}
