extension Theme {
    /// The themes built into the binary, in the order they are offered: `default`,
    /// `contraste-eleve`, `monochrome`. Each one equals `themes/<name>.toml` (a test checks
    /// it); a file of the same name in the search paths still overrides it.
    public static let builtins: [Theme] = [.builtinDefault, .builtinHighContrast, .builtinMonochrome]

    /// The built-in theme called `name`, if there is one.
    public static func builtin(named name: String) -> Theme? {
        builtins.first { $0.name == name }
    }

    /// `contraste-eleve`: states carried by solid backgrounds and strong attributes (bold,
    /// reverse, underline); text on the terminal's background keeps the terminal's colour.
    public static let builtinHighContrast = Theme(
        name: "contraste-eleve",
        summary: "Contraste élevé : fonds francs, gras et souligné",
        appearances: [
            .normal: RoleAppearance(),
            .title: .same([.bold, .underline]),
            .header: .same([.bold, .underline]),
            .selected: .same([.reverse, .bold]),
            .error: RoleAppearance(
                foreground: .indexed(15), background: .indexed(1), attributes: .bold,
                monochrome: [.bold, .underline, .reverse]),
            .warning: RoleAppearance(
                foreground: .indexed(0), background: .indexed(3), attributes: .bold,
                monochrome: [.bold, .underline]),
            .success: RoleAppearance(
                foreground: .indexed(0), background: .indexed(2), attributes: .bold, monochrome: .bold),
            .muted: RoleAppearance(),
            .keyHint: .same([.bold, .reverse]),
            .keyHintLabel: .same(.bold),
            .border: .same(.bold),
            .field: .same([.underline, .bold]),
            .focusedField: .same([.reverse, .bold]),
            .button: .same(.bold),
            .focusedButton: .same([.reverse, .bold]),
            .dialog: .same(.bold),
            .toast: .same([.reverse, .bold]),
            .chartCurrent: .same(.bold),
            .chartPrevious: RoleAppearance(),
        ]
    )

    /// `monochrome`: no colour at all, only bold, underline, reverse and dim — the scheme
    /// every theme falls back to under `NO_COLOR` or on a terminal with fewer than 8 colours.
    public static let builtinMonochrome = Theme(
        name: "monochrome",
        summary: "Sans couleur : gras, souligné et vidéo inverse",
        appearances: [
            .normal: RoleAppearance(),
            .title: .same(.bold),
            .header: .same([.bold, .underline]),
            .selected: .same(.reverse),
            .error: .same([.bold, .underline]),
            .warning: .same(.underline),
            .success: .same(.bold),
            .muted: .same(.dim),
            .keyHint: .same(.bold),
            .keyHintLabel: .same(.reverse),
            .border: RoleAppearance(),
            .field: .same(.underline),
            .focusedField: .same(.reverse),
            .button: RoleAppearance(),
            .focusedButton: .same(.reverse),
            .dialog: RoleAppearance(),
            .toast: .same(.reverse),
            .chartCurrent: RoleAppearance(),
            .chartPrevious: .same(.dim),
        ]
    )
}

extension RoleAppearance {
    /// Terminal colours and the same attributes with and without colour.
    static func same(_ attributes: TextAttributes) -> RoleAppearance {
        RoleAppearance(attributes: attributes, monochrome: attributes)
    }
}
