import JSONAPI

/// The stable machine codes of the sandbox's refusals (ours: Omega's own errors carry the
/// HTTP status in `code`). The client words each code in the user's language from the code
/// and the `meta` values; docs/api.md lists them with their pointer and values. A code, once
/// published, keeps its meaning: a new rule gets a new code.
enum RefusalCode: String, CaseIterable, Sendable {
    // Readings (`J_RELEVE`).
    /// `ni` below the point's last index without `cpttour`; meta `last_index`.
    case indexBelowLast = "index-below-last"
    /// `ni` not a whole number from 0 to 999 999 999.
    case indexInvalid = "index-invalid"
    /// `dateni` after today.
    case dateInFuture = "date-in-future"
    /// `dateni` not after the last reading; meta `last_date` (`YYYY-MM-DD`).
    case dateNotAfterLast = "date-not-after-last"
    /// `dateni` not a date.
    case dateInvalid = "date-invalid"
    /// Another index request for the same point is still open; meta `request_id`.
    case readingAlreadyOpen = "reading-already-open"
    /// `pconso_id` unknown, or outside the caller's population.
    case pointUnknown = "point-unknown"
    // Contact changes (`J_MAJPER`).
    /// A phone that is not 10 digits starting with 0, or +33 and 9 digits.
    case phoneInvalid = "phone-invalid"
    /// An e-mail address without `@` or without a dot after it.
    case emailInvalid = "email-invalid"
    /// A postal code that is not 5 digits.
    case postcodeInvalid = "postcode-invalid"
    /// A value longer than the field holds; meta `max`.
    case fieldTooLong = "field-too-long"
    /// A field a request may not change (only contact fields may).
    case fieldNotChangeable = "field-not-changeable"
    /// A contact change that changes nothing.
    case nothingToChange = "nothing-to-change"
    // Accounts.
    /// A verification or reset code that is wrong, expired or used up.
    case codeInvalid = "code-invalid"
    /// A new password under 8 characters, or without a letter and a digit.
    case passwordWeak = "password-weak"
    /// The e-mail address already has an account (409).
    case emailTaken = "email-taken"
    /// No contract has this number (sign-up).
    case contractUnknown = "contract-unknown"
    /// No invoice of that contract has this number (sign-up).
    case invoiceMismatch = "invoice-mismatch"
    /// The current password given to change it is wrong.
    case oldPasswordWrong = "old-password-wrong"
    // Any body.
    /// A required member is missing or empty.
    case fieldRequired = "field-required"
    /// A bill amount that is not a number of euros with at most 12 digits and 2 decimals.
    case amountInvalid = "amount-invalid"
}

/// One rule a request broke: its code, the member at fault (`source.pointer`), the values the
/// client's sentence needs (`meta`), and an English text for whoever reads raw answers.
struct RuleRefusal: Sendable {
    var code: RefusalCode
    var pointer: String?
    var detail: String
    var meta: [String: JSONValue] = [:]

    /// A refusal pointing at the JSON:API attribute `name` (`/data/attributes/<name>`).
    static func attribute(
        _ name: String, _ code: RefusalCode, _ detail: String, meta: [String: JSONValue] = [:]
    ) -> RuleRefusal {
        RuleRefusal(code: code, pointer: "/data/attributes/\(name)", detail: detail, meta: meta)
    }

    /// A refusal pointing at the member `name` of a plain JSON body (`/<name>`).
    static func member(_ name: String, _ code: RefusalCode, _ detail: String) -> RuleRefusal {
        RuleRefusal(code: code, pointer: "/\(name)", detail: detail)
    }
}
