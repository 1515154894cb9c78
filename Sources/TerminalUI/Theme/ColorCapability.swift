/// How much colour the terminal can show, and whether the user wants any.
public enum ColorCapability: Int, Comparable, Sendable, CaseIterable {
    /// No colour: bold, underline, reverse and dim carry every state (`NO_COLOR`, monochrome
    /// terminals, fewer than 8 colours).
    case attributesOnly
    /// The 8 ANSI colours; bright colours fold onto them (with bold for foregrounds).
    case eight
    /// 16 colours; 256-palette indices map to the nearest of the 16.
    case sixteen
    /// The xterm 256-colour palette.
    case twoHundredFiftySix

    /// Decides from the terminal's colour count (`COLORS`, 0 when `has_colors()` is false) and
    /// the environment: `NO_COLOR` set to any non-empty value turns colour off
    /// (https://no-color.org).
    public static func detect(colors: Int, environment: [String: String]) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .attributesOnly }
        switch colors {
        case ..<8: return .attributesOnly
        case ..<16: return .eight
        case ..<256: return .sixteen
        default: return .twoHundredFiftySix
        }
    }

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
