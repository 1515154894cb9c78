import Foundation

extension OmegaError {
    /// A clear sentence for people, in `language`, saying what happened and what to do.
    /// For 429 it names the wait when the server gave one.
    public func message(in language: Language) -> String {
        let (french, english) = Self.sentences(for: kind)
        var text = language == .fr ? french : english
        if kind == .tooManyRequests || kind == .serviceUnavailable,
            let wait = retryAfter.map(Self.wholeMinutes)
        {
            text += " " + Self.waitSentence(minutes: wait, language: language)
        }
        return text
    }

    private static func wholeMinutes(_ seconds: TimeInterval) -> Int {
        max(1, Int((seconds / 60).rounded(.up)))
    }

    private static func waitSentence(minutes: Int, language: Language) -> String {
        switch language {
        case .fr: minutes == 1 ? "Attendez une minute." : "Attendez \(minutes) minutes."
        case .en: minutes == 1 ? "Please wait one minute." : "Please wait \(minutes) minutes."
        }
    }

    // swiftlint:disable:next cyclomatic_complexity
    private static func sentences(for kind: Kind) -> (fr: String, en: String) {
        switch kind {
        case .badRequest:
            (
                "La demande n'a pas été comprise par le serveur Omega.",
                "The Omega server did not understand the request."
            )
        case .unauthorized:
            (
                "Votre accès n'a pas été reconnu. Reconnectez-vous puis réessayez.",
                "Your access was not recognised. Please sign in again and retry."
            )
        case .invalidCredentials:
            (
                "Adresse électronique ou mot de passe incorrect.",
                "Incorrect e-mail address or password."
            )
        case .sessionExpired:
            (
                "Votre session a expiré. Reconnectez-vous.",
                "Your session has expired. Please sign in again."
            )
        case .accountNotVerified:
            (
                "Votre adresse électronique n'est pas encore vérifiée. Saisissez le code reçu par courriel.",
                "Your e-mail address is not verified yet. Enter the code you received by e-mail."
            )
        case .forbidden:
            (
                "Vous n'avez pas le droit d'effectuer cette opération.",
                "You are not allowed to do this."
            )
        case .notFound:
            (
                "L'élément demandé est introuvable.",
                "The requested item could not be found."
            )
        case .conflict:
            (
                "L'opération est en conflit avec une opération précédente ou n'est pas autorisée depuis ce poste.",
                "The operation conflicts with an earlier one or is not allowed from this computer."
            )
        case .unsupportedMediaType:
            (
                "Le serveur Omega refuse le format de la demande. Mettez à jour l'application.",
                "The Omega server refuses the request format. Please update the application."
            )
        case .validationFailed:
            (
                "Certaines informations saisies ne sont pas acceptées. Corrigez les champs signalés.",
                "Some of the information entered was not accepted. Please correct the fields shown."
            )
        case .tooManyRequests:
            (
                "Trop de tentatives en peu de temps.",
                "Too many attempts in a short time."
            )
        case .serverError:
            (
                "Le serveur Omega a rencontré une erreur. Réessayez plus tard.",
                "The Omega server ran into an error. Please try again later."
            )
        case .serviceUnavailable:
            (
                "Le service Omega est momentanément indisponible. Réessayez dans quelques minutes.",
                "The Omega service is temporarily unavailable. Please try again in a few minutes."
            )
        case .unexpectedStatus:
            (
                "Le serveur Omega a répondu de façon inattendue. Réessayez plus tard.",
                "The Omega server gave an unexpected answer. Please try again later."
            )
        case .connectionFailed:
            (
                "Le serveur Omega ne répond pas. Vérifiez votre connexion puis réessayez.",
                "The Omega server does not respond. Check your connection and try again."
            )
        case .timeout:
            (
                "Le serveur Omega met trop de temps à répondre. Réessayez dans un instant.",
                "The Omega server is taking too long to answer. Please try again in a moment."
            )
        case .decodingFailed:
            (
                "La réponse du serveur Omega est illisible. Réessayez plus tard.",
                "The Omega server's answer could not be read. Please try again later."
            )
        case .invalidServerSignature:
            (
                "La réponse du serveur Omega n'a pas pu être authentifiée et a été ignorée.",
                "The Omega server's answer could not be authenticated and was ignored."
            )
        case .cancelled:
            (
                "L'opération a été annulée.",
                "The operation was cancelled."
            )
        }
    }
}
