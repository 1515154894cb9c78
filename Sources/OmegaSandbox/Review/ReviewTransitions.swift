import OmegaClient

/// The status machine of a request (subscriber-api.md): `SAVED`/`SEND` -> `OMEGA` ->
/// `CLOSED` | `REFUSED` | `CLIENT` | `ERROR`. A request waiting for the subscriber (`CLIENT`)
/// may be taken up again (`OMEGA`) or concluded by an operator.
public enum ReviewTransitions {
    /// Whether a request may move from `from` to `to`.
    public static func isAllowed(from: StatutDemande, to: StatutDemande) -> Bool {
        switch (from, to) {
        case (.enregistree, .envoyee), (.enregistree, .enTraitement), (.envoyee, .enTraitement):
            true
        case (.enTraitement, .terminee), (.enTraitement, .refusee), (.enTraitement, .attenteClient),
            (.enTraitement, .enErreur):
            true
        case (.attenteClient, .enTraitement), (.attenteClient, .terminee), (.attenteClient, .refusee):
            true
        default:
            false
        }
    }

    /// Whether the request still waits for the water service to take it up.
    public static func isWaiting(_ statut: StatutDemande) -> Bool {
        statut == .enregistree || statut == .envoyee
    }
}
