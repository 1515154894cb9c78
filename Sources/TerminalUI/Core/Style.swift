/// Terminal text attributes that work without colour (the monochrome and `NO_COLOR` scheme relies
/// on them alone).
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Bold (or bright, depending on the terminal).
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 1)
    /// Foreground and background swapped: the one attribute every terminal shows.
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Dim (half-bright). Some terminals ignore it, so never rely on it alone.
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// Attribute names as written in theme files, in a stable order.
    public static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]
}

/// What a piece of text *means*; a ``Theme`` decides how each role looks.
///
/// Screens pick roles, never colours, so that every theme (and the attribute-only scheme used
/// with `NO_COLOR`) keeps all states readable.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text.
    case normal
    /// Screen and section titles.
    case title
    /// Column headers of tables.
    case header
    /// The selected row or item.
    case selected
    /// Error messages, refused or failed states, unpaid amounts past due.
    case error
    /// Warnings: estimated readings, over-consumption, "attente client".
    case warning
    /// Success: paid, done, saved.
    case success
    /// Secondary information: dates of events, hints.
    case muted
    /// The key part of a key hint (`F2/a`).
    case keyHint
    /// The label part of a key hint (`Accueil`).
    case keyHintLabel
    /// Frames and separators.
    case border
    /// An input field that does not have the focus.
    case field
    /// The input field that has the focus.
    case focusedField
    /// A button that does not have the focus.
    case button
    /// The button that has the focus.
    case focusedButton
    /// Dialog body.
    case dialog
    /// Toast notification.
    case toast
    /// Bars of the current period in a chart.
    case chartCurrent
    /// Bars of the same period a year before.
    case chartPrevious
}

/// The style of drawn text: a semantic role plus optional extra attributes.
///
/// ```swift
/// canvas.put("Factures", at: .zero, style: .title)
/// canvas.put("À payer", at: p, style: Style(.error, adding: .underline))
/// ```
public struct Style: Hashable, Sendable {
    /// The role, resolved to colours and attributes by the theme.
    public var role: StyleRole
    /// Attributes added on top of whatever the theme gives the role.
    public var extra: TextAttributes

    /// Creates a style for `role`, optionally adding attributes.
    public init(_ role: StyleRole, adding extra: TextAttributes = []) {
        self.role = role
        self.extra = extra
    }

    /// This style with more attributes.
    public func adding(_ attributes: TextAttributes) -> Style {
        Style(role, adding: extra.union(attributes))
    }

    /// The ``StyleRole/normal`` role.
    public static let normal = Style(.normal)
    /// The ``StyleRole/title`` role.
    public static let title = Style(.title)
    /// The ``StyleRole/header`` role.
    public static let header = Style(.header)
    /// The ``StyleRole/selected`` role.
    public static let selected = Style(.selected)
    /// The ``StyleRole/error`` role.
    public static let error = Style(.error)
    /// The ``StyleRole/warning`` role.
    public static let warning = Style(.warning)
    /// The ``StyleRole/success`` role.
    public static let success = Style(.success)
    /// The ``StyleRole/muted`` role.
    public static let muted = Style(.muted)
    /// The ``StyleRole/keyHint`` role.
    public static let keyHint = Style(.keyHint)
    /// The ``StyleRole/keyHintLabel`` role.
    public static let keyHintLabel = Style(.keyHintLabel)
    /// The ``StyleRole/border`` role.
    public static let border = Style(.border)
    /// The ``StyleRole/field`` role.
    public static let field = Style(.field)
    /// The ``StyleRole/focusedField`` role.
    public static let focusedField = Style(.focusedField)
    /// The ``StyleRole/button`` role.
    public static let button = Style(.button)
    /// The ``StyleRole/focusedButton`` role.
    public static let focusedButton = Style(.focusedButton)
    /// The ``StyleRole/dialog`` role.
    public static let dialog = Style(.dialog)
    /// The ``StyleRole/toast`` role.
    public static let toast = Style(.toast)
    /// The ``StyleRole/chartCurrent`` role.
    public static let chartCurrent = Style(.chartCurrent)
    /// The ``StyleRole/chartPrevious`` role.
    public static let chartPrevious = Style(.chartPrevious)
}
