/// The name of a draft: one per form and contract (or person).
public struct DraftKey: Hashable, Sendable, Codable {
    /// The file-name-safe name, e.g. `releve-42` or `coordonnees-7`.
    public var name: String

    /// The draft of the index form of a contract.
    public static func reading(contratId: String) -> DraftKey { DraftKey(name: "releve-" + safe(contratId)) }

    /// The draft of the contact form of a person.
    public static func contact(personneId: String) -> DraftKey {
        DraftKey(name: "coordonnees-" + safe(personneId))
    }

    /// Keeps letters, digits, `-` and `_`: ids come from the server and become file names.
    private static func safe(_ id: String) -> String {
        String(
            id.unicodeScalars.map { scalar in
                scalar.isASCII && (CharacterSetASCII.isAlphanumeric(scalar) || scalar == "-" || scalar == "_")
                    ? Character(scalar) : "_"
            })
    }

    private enum CharacterSetASCII {
        static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
    }
}

/// What a form keeps between runs.
public enum Draft: Equatable, Sendable, Codable {
    case reading(ReadingDraft)
    case contact(ContactDraft)

    /// Its key.
    public var key: DraftKey {
        switch self {
        case .reading(let draft): return .reading(contratId: draft.contratId)
        case .contact(let draft): return .contact(personneId: draft.personneId)
        }
    }
}

/// The saved input of the index form.
public struct ReadingDraft: Equatable, Sendable, Codable {
    /// The contract of the form.
    public var contratId: String
    /// The index typed.
    public var indexText: String
    /// The reading date typed (prefilled with today).
    public var dateText: String
    /// An optional comment for the service.
    public var comment: String
    /// The form's idempotency key.
    public var idempotencyKey: String

    /// Creates a draft.
    public init(
        contratId: String, indexText: String, dateText: String, comment: String, idempotencyKey: String
    ) {
        self.contratId = contratId
        self.indexText = indexText
        self.dateText = dateText
        self.comment = comment
        self.idempotencyKey = idempotencyKey
    }
}

/// The saved input of the contact form: only the edited values.
public struct ContactDraft: Equatable, Sendable, Codable {
    /// The person of the form.
    public var personneId: String
    /// The edited values only.
    public var values: [ContactField: String]
    /// The form's idempotency key.
    public var idempotencyKey: String

    /// Creates a draft.
    public init(personneId: String, values: [ContactField: String], idempotencyKey: String) {
        self.personneId = personneId
        self.values = values
        self.idempotencyKey = idempotencyKey
    }
}
