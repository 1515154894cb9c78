import CNCursesW

/// Colour pairs and attribute bits for each ``Style`` under one theme and colour capability.
/// ncurses pairs are allocated on first use of each distinct (foreground, background).
final class ColorPairPalette {
    /// ncurses attributes and pair number for one style.
    struct Look {
        let attributes: attr_t
        let pair: Int32
    }

    private(set) var theme: Theme
    private(set) var capability: ColorCapability
    private var looks: [Style: Look] = [:]
    private var pairs: [ColorKey: Int32] = [:]
    private let maximumPairs: Int

    private struct ColorKey: Hashable {
        let foreground: Int
        let background: Int
    }

    init(theme: Theme, capability: ColorCapability, maximumPairs: Int) {
        self.theme = theme
        self.capability = capability
        self.maximumPairs = maximumPairs
    }

    /// Switches theme or capability; pairs are re-initialised as styles are drawn again.
    func reset(theme: Theme, capability: ColorCapability) {
        self.theme = theme
        self.capability = capability
        looks = [:]
        pairs = [:]
    }

    func look(for style: Style) -> Look {
        if let known = looks[style] { return known }
        let resolved = theme.resolve(style, for: capability)
        var attributes = Self.ncursesAttributes(resolved.attributes)
        var pair: Int32 = 0
        if resolved.usesColor {
            if let existing = pairs[
                ColorKey(foreground: resolved.foreground, background: resolved.background)]
            {
                pair = existing
            } else if pairs.count + 1 < maximumPairs {
                pair = Int32(pairs.count + 1)
                init_pair(Int16(pair), Int16(resolved.foreground), Int16(resolved.background))
                pairs[ColorKey(foreground: resolved.foreground, background: resolved.background)] = pair
            } else {
                // Out of pairs: keep the role readable with its monochrome attributes.
                attributes = Self.ncursesAttributes(theme.resolve(style, for: .attributesOnly).attributes)
            }
        }
        let look = Look(attributes: attributes, pair: pair)
        looks[style] = look
        return look
    }

    static func ncursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = omega_a_normal()
        if attributes.contains(.bold) { result |= omega_a_bold() }
        if attributes.contains(.underline) { result |= omega_a_underline() }
        if attributes.contains(.reverse) { result |= omega_a_reverse() }
        if attributes.contains(.dim) { result |= omega_a_dim() }
        return result
    }
}
