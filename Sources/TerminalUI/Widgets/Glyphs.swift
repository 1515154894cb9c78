import Foundation

/// The characters widgets draw frames, bars and spinners with: Unicode by default, ASCII for
/// terminals or fonts that cannot show box drawing and block elements.
public struct Glyphs: Hashable, Sendable {
    /// Frame corners and lines: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
    public var topLeft: Character
    /// Top-right corner.
    public var topRight: Character
    /// Bottom-left corner.
    public var bottomLeft: Character
    /// Bottom-right corner.
    public var bottomRight: Character
    /// Horizontal line.
    public var horizontal: Character
    /// Vertical line.
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

    /// ``unicode``, unless the terminal type is an old DEC one (`vt100`, `vt220`…) or `dumb`, or
    /// the locale (`LC_ALL`, then `LC_CTYPE`, then `LANG`) names a charset other than UTF-8
    /// (`fr_FR.ISO-8859-15`, `fr_FR@euro`). An unset or `C`/`POSIX` locale keeps Unicode: the
    /// terminal itself is almost always UTF-8, and the app selects a UTF-8 character type.
    public static func preferred(environment: [String: String]) -> Glyphs {
        let term = (environment["TERM"] ?? "").lowercased()
        if term == "dumb" || term.hasPrefix("vt1") || term.hasPrefix("vt2") { return .ascii }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale, locale != "C", locale != "POSIX" else { return .unicode }
        let normalized = locale.lowercased().replacingOccurrences(of: "-", with: "")
        return normalized.contains("utf8") ? .unicode : .ascii
    }
}
