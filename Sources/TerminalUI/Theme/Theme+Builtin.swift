extension Theme {
    /// The built-in default theme, identical to `themes/default.toml` (a test checks it): the
    /// theme used when none is asked for.
    ///
    /// Readable on light and dark terminals alike: text keeps the terminal's own colours, only
    /// mid-tone colours (red, green, magenta, cyan) are used as text on the default
    /// background, and every coloured background sets its text colour explicitly.
    public static let builtinDefault = Theme(
        name: "default",
        summary: "Couleurs du terminal, lisible sur fond clair comme sur fond sombre",
        appearances: [
            .normal: RoleAppearance(),
            .title: RoleAppearance(attributes: .bold, monochrome: .bold),
            .header: RoleAppearance(attributes: [.bold, .underline], monochrome: [.bold, .underline]),
            .selected: RoleAppearance(
                foreground: .indexed(15), background: .indexed(4), attributes: .bold, monochrome: .reverse),
            .error: RoleAppearance(
                foreground: .indexed(1), attributes: .bold, monochrome: [.bold, .underline]),
            .warning: RoleAppearance(foreground: .indexed(5), attributes: .bold, monochrome: .underline),
            .success: RoleAppearance(foreground: .indexed(2), attributes: .bold, monochrome: .bold),
            .muted: RoleAppearance(attributes: .dim, monochrome: .dim),
            .keyHint: RoleAppearance(attributes: .bold, monochrome: .bold),
            .keyHintLabel: RoleAppearance(
                foreground: .indexed(0), background: .indexed(6), monochrome: .reverse),
            .border: RoleAppearance(),
            .field: RoleAppearance(attributes: .underline, monochrome: .underline),
            .focusedField: RoleAppearance(
                foreground: .indexed(0), background: .indexed(6), attributes: .underline, monochrome: .reverse
            ),
            .button: RoleAppearance(attributes: .bold),
            .focusedButton: RoleAppearance(
                foreground: .indexed(15), background: .indexed(4), attributes: .bold, monochrome: .reverse),
            .dialog: RoleAppearance(),
            .toast: RoleAppearance(
                foreground: .indexed(15), background: .indexed(5), attributes: .bold, monochrome: .reverse),
            .chartCurrent: RoleAppearance(foreground: .indexed(6)),
            .chartPrevious: RoleAppearance(foreground: .indexed(5), monochrome: .dim),
        ]
    )
}
