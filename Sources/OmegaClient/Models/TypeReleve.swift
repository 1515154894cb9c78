/// The reading-type codes (`enum_crlv`) the project uses for ``Releve/typeReleve`` and
/// ``Consomme/typeReleve``. Omega does not publish its code list; the sandbox serves these,
/// and a client must show any other code as it comes.
public enum TypeReleve {
    /// A reading taken by the water service's agent.
    public static let reel = "REEL"
    /// An estimated reading (no access to the meter).
    public static let estime = "ESTIM"
    /// A reading sent by the subscriber (a `J_RELEVE` request).
    public static let autoReleve = "AUTO"
    /// A reading received by radio.
    public static let radio = "RADIO"
    /// The last index of a removed meter (replacement).
    public static let depose = "DEPOSE"
    /// The first index of a newly installed meter (replacement).
    public static let pose = "POSE"

    /// French labels of the known codes.
    public static func libelle(_ code: String) -> String {
        switch code {
        case reel: "Relevé"
        case estime: "Estimé"
        case autoReleve: "Auto-relevé"
        case radio: "Radio-relevé"
        case depose: "Dépose du compteur"
        case pose: "Pose du compteur"
        default: code
        }
    }
}
