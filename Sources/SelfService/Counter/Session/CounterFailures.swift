/// The counter's own failures, in the screens' terms.
enum CounterFailures {
    /// The audit line could not be written: the data is not shown without its trace.
    static func audit(_ error: AuditLogError) -> ServiceFailure {
        ServiceFailure(
            kind: .other,
            french: "Le journal d'audit ne peut pas être écrit (\(error.path)) : action refusée.",
            english: "The audit log cannot be written (\(error.path)): action refused.")
    }

    /// The subscriber asked for is not the one the counter opened.
    static let outsideSubscriber = ServiceFailure(
        kind: .other,
        french: "Cette donnée n'appartient pas à l'abonné ouvert au guichet.",
        english: "This item does not belong to the subscriber open at the counter.")
}
