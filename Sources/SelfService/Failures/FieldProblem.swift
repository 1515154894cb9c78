/// Why a form field is not accepted, as a code the front end words next to the field.
public enum FieldProblem: Equatable, Hashable, Sendable {
    /// The field must be filled in.
    case required
    /// Not an e-mail address.
    case invalidEmail
    /// The code has 6 digits.
    case codeFormat
    /// The confirmation differs from the password.
    case confirmationDiffers
    /// The password is not strong enough.
    case weakPassword(PasswordStrength)
    /// The index is not a whole number of m³.
    case notAWholeNumber
    /// Not a date (dd/mm/yyyy).
    case invalidDate
    /// The service refused the value.
    case refused(Refusal)
}
