/// How one ``StyleRole`` looks: colours for colour terminals and attributes for both modes.
public struct RoleAppearance: Hashable, Sendable {
    /// Text colour.
    public var foreground: ThemeColor
    /// Background colour; keep ``ThemeColor/terminalDefault`` unless the foreground is set too.
    public var background: ThemeColor
    /// Attributes used with colour.
    public var attributes: TextAttributes
    /// Attributes used instead when colour is off (`NO_COLOR`, monochrome): must keep the role
    /// distinguishable on its own.
    public var monochrome: TextAttributes

    /// Creates an appearance; by default, terminal colours and no attribute.
    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = [], monochrome: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochrome = monochrome
    }
}

/// What a canvas actually applies for a style: ncurses colour numbers (-1 = terminal default)
/// and attributes.
public struct ResolvedAppearance: Hashable, Sendable {
    /// Foreground colour number, -1 for the terminal's default.
    public var foreground: Int
    /// Background colour number, -1 for the terminal's default.
    public var background: Int
    /// Attributes to set.
    public var attributes: TextAttributes

    /// Whether the appearance uses a colour pair other than the default one.
    public var usesColor: Bool { foreground != -1 || background != -1 }
}

/// A named mapping from every ``StyleRole`` to a ``RoleAppearance``; read from `themes/*.toml`
/// by ``ThemeLoader``.
public struct Theme: Hashable, Sendable {
    /// Short name (`default`, `contraste-eleve`, `monochrome`).
    public var name: String
    /// One-line description for a theme picker.
    public var summary: String
    /// Appearance of each role; a missing role falls back to ``Theme/fallbackAppearance(for:)``.
    public var appearances: [StyleRole: RoleAppearance]

    /// Creates a theme.
    public init(name: String, summary: String = "", appearances: [StyleRole: RoleAppearance]) {
        self.name = name
        self.summary = summary
        self.appearances = appearances
    }

    /// The appearance of `role`.
    public func appearance(for role: StyleRole) -> RoleAppearance {
        appearances[role] ?? Self.fallbackAppearance(for: role)
    }

    /// What `style` becomes on a terminal with `capability`.
    ///
    /// Without colour, the role's monochrome attributes are used. With colour, palette indices
    /// are brought down to what the terminal has; if that makes text and background the same
    /// colour, the monochrome attributes are used instead, so nothing becomes invisible.
    public func resolve(_ style: Style, for capability: ColorCapability) -> ResolvedAppearance {
        let appearance = appearance(for: style.role)
        let monochrome = ResolvedAppearance(
            foreground: -1, background: -1, attributes: appearance.monochrome.union(style.extra))
        guard capability != .attributesOnly else { return monochrome }
        let foreground = appearance.foreground.ncursesNumber(for: capability)
        let background = appearance.background.ncursesNumber(for: capability)
        if foreground.number != -1, foreground.number == background.number { return monochrome }
        var attributes = appearance.attributes.union(style.extra)
        if foreground.foldedBright { attributes.insert(.bold) }
        return ResolvedAppearance(
            foreground: foreground.number, background: background.number, attributes: attributes)
    }

    /// Monochrome attributes every role gets when a theme file does not say otherwise.
    public static func fallbackAppearance(for role: StyleRole) -> RoleAppearance {
        let attributes: TextAttributes
        switch role {
        case .normal, .border, .dialog, .button, .chartCurrent: attributes = []
        case .title, .success, .keyHint: attributes = .bold
        case .header: attributes = [.bold, .underline]
        case .selected, .focusedField, .focusedButton, .keyHintLabel, .toast: attributes = .reverse
        case .error: attributes = [.bold, .underline]
        case .warning, .field: attributes = .underline
        case .muted, .chartPrevious: attributes = .dim
        }
        return RoleAppearance(attributes: attributes, monochrome: attributes)
    }
}
