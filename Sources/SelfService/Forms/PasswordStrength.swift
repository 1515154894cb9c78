/// Feedback on a new password while it is typed.
///
/// Scoring: one point per character class (lower case, upper case, digit, other) plus one
/// for 12 characters or more and one for 16 or more. Below 8 characters a password is always
/// `.tropCourt`: the form refuses it before asking the server (which has the last word).
public enum PasswordStrength: Int, Comparable, Hashable, Sendable {
    case vide
    case tropCourt
    case faible
    case moyen
    case fort

    /// The minimum length the form accepts.
    public static let minimumLength = 8

    /// Rates a password.
    public init(password: String) {
        guard !password.isEmpty else {
            self = .vide
            return
        }
        guard password.count >= Self.minimumLength else {
            self = .tropCourt
            return
        }
        var classes = 0
        if password.contains(where: \.isLowercase) { classes += 1 }
        if password.contains(where: \.isUppercase) { classes += 1 }
        if password.contains(where: \.isNumber) { classes += 1 }
        if password.contains(where: { !$0.isLetter && !$0.isNumber }) { classes += 1 }
        let lengthBonus = (password.count >= 12 ? 1 : 0) + (password.count >= 16 ? 1 : 0)
        switch classes + lengthBonus {
        case ...2: self = .faible
        case 3...4: self = .moyen
        default: self = .fort
        }
    }

    /// Orders by strength.
    public static func < (lhs: PasswordStrength, rhs: PasswordStrength) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Whether the form lets it through to the server.
    public var isAcceptable: Bool { self >= .faible }
}
