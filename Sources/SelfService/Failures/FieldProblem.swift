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
    /// Not an IBAN: two letters of a SEPA country, two digits, then letters and digits.
    case ibanFormat
    /// An IBAN of the wrong length for its country.
    case ibanLength(expected: Int)
    /// An IBAN whose check digits are wrong (a typing mistake).
    case ibanChecksum
    /// Not a BIC (8 or 11 letters and digits).
    case bicFormat
    /// A postal code is 5 digits.
    case postcodeFormat
    /// The SEPA mandate must be accepted.
    case mandateNotAccepted
    /// The service refused the value.
    case refused(Refusal)
}
