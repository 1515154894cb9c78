import Foundation

/// A colour as a theme names it: the terminal's own default, or an index in the 256-colour
/// palette (0–7 the ANSI colours, 8–15 their bright variants).
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's default foreground or background (`-1` for ncurses): respects light and
    /// dark terminal themes alike.
    case terminalDefault
    /// A palette index, 0–255.
    case indexed(UInt8)

    /// The eight ANSI colour names, in palette order; `bright-` prefixes give 8–15.
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `"default"`, an ANSI name (`"red"`, `"bright-blue"`) or a palette index
    /// (`"208"`). Returns nil for anything else.
    public init?(name: String) {
        let lowered = name.lowercased().trimmingCharacters(in: .whitespaces)
        if lowered == "default" || lowered == "none" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: lowered) {
            self = .indexed(UInt8(index))
        } else if lowered.hasPrefix("bright-"),
            let index = Self.ansiNames.firstIndex(of: String(lowered.dropFirst(7)))
        {
            self = .indexed(UInt8(index + 8))
        } else if let number = Int(lowered), let index = UInt8(exactly: number) {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    /// The ncurses colour number for `capability`: -1 for the default colour, otherwise the
    /// index brought down to the palette the terminal has. Returns whether the colour was a
    /// bright one folded onto its base colour (the caller may add bold to compensate).
    func ncursesNumber(for capability: ColorCapability) -> (number: Int, foldedBright: Bool) {
        guard case .indexed(let index) = self else { return (-1, false) }
        switch capability {
        case .attributesOnly:
            return (-1, false)
        case .twoHundredFiftySix:
            return (Int(index), false)
        case .sixteen:
            return (Int(Self.nearestSixteen(index)), false)
        case .eight:
            let sixteen = Self.nearestSixteen(index)
            return (Int(sixteen % 8), sixteen >= 8)
        }
    }

    /// The closest of the 16 ANSI colours to a palette index (identity below 16).
    static func nearestSixteen(_ index: UInt8) -> UInt8 {
        guard index >= 16 else { return index }
        let target = rgb(of: index)
        var best: UInt8 = 0
        var bestDistance = Int.max
        for candidate in UInt8(0)..<16 {
            let colour = rgb(of: candidate)
            let distance =
                (colour.0 - target.0) * (colour.0 - target.0) + (colour.1 - target.1) * (colour.1 - target.1)
                + (colour.2 - target.2) * (colour.2 - target.2)
            if distance < bestDistance {
                bestDistance = distance
                best = candidate
            }
        }
        return best
    }

    /// Approximate xterm RGB of a palette index.
    static func rgb(of index: UInt8) -> (Int, Int, Int) {
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let value = Int(index)
        if value < 16 { return ansi[value] }
        if value >= 232 {
            let grey = 8 + (value - 232) * 10
            return (grey, grey, grey)
        }
        let cube = value - 16
        let levels = [0, 95, 135, 175, 215, 255]
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }

    public var description: String {
        switch self {
        case .terminalDefault:
            return "default"
        case .indexed(let index) where index < 8:
            return Self.ansiNames[Int(index)]
        case .indexed(let index) where index < 16:
            return "bright-" + Self.ansiNames[Int(index) - 8]
        case .indexed(let index):
            return String(index)
        }
    }
}
