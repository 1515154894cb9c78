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

    /// The draft of a form of one of our request kinds (`name`) for a contract.
    public static func kind(_ name: String, contratId: String) -> DraftKey {
        DraftKey(name: safe(name) + "-" + safe(contratId))
    }

    /// Keeps ASCII letters, digits, `-` and `_`: ids come from the server and become file names.
    private static func safe(_ id: String) -> String {
        String(
            id.unicodeScalars.map { scalar in
                let keep =
                    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_"
                return keep ? Character(scalar) : "_"
            })
    }
}

/// What a request form keeps between runs: the typed values by field name and the form's
/// idempotency key (so a send retried after a restart cannot file twice).
public struct FormDraft: Equatable, Sendable, Codable {
    /// Whose form it is.
    public var key: DraftKey
    /// The typed values, by field name.
    public var values: [String: String]
    /// The form's idempotency key.
    public var idempotencyKey: String

    /// Creates a draft.
    public init(key: DraftKey, values: [String: String], idempotencyKey: String) {
        self.key = key
        self.values = values
        self.idempotencyKey = idempotencyKey
    }
}
