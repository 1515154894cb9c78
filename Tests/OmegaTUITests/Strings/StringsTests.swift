import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

@testable import OmegaTUI

@Suite struct StringTableTests {
    /// The `{0}`, `{1}`… a text takes.
    static func placeholders(_ text: String) -> [String] {
        let pattern = /\{[0-9]+\}/
        return text.matches(of: pattern).map { String($0.output) }.sorted()
    }

    @Test func everyKeyHasAFrenchAndAnEnglishTextWithTheSamePlaceholders() {
        let french = Strings(language: .fr)
        let english = Strings(language: .en)
        for key in StringKey.allCases {
            let fr = french[key]
            let en = english[key]
            #expect(!fr.trimmingCharacters(in: .whitespaces).isEmpty, "no French text for \(key)")
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "no English text for \(key)")
            #expect(
                Set(Self.placeholders(fr)) == Set(Self.placeholders(en)),
                "\(key): French \(Self.placeholders(fr)), English \(Self.placeholders(en))")
        }
    }

    @Test func placeholdersAreFoundAndReplaced() {
        #expect(Self.placeholders("{0} le {1}, {0}") == ["{0}", "{0}", "{1}"])
        #expect(Self.placeholders("sans argument").isEmpty)
    }

    @Test func argumentsAndFrenchFormats() {
        let strings = Strings(language: .fr)
        #expect(strings(.dashReadingLine, "1 234", "20/10/2009") == "index 1 234 le 20/10/2009")
        #expect(strings.amount(Decimal(string: "1234.56") ?? 0) == "1 234,56 €")
        #expect(strings.volume(37) == "37 m³")
        #expect(strings.date(Fixtures.day("2009-10-20")) == "20/10/2009")
        #expect(Strings(language: .en)[.screenAccueil] == "Home")
    }
}

/// The sentences for the view-models' codes (they replace the client's own messages).
@Suite struct FailureSentenceTests {
    /// Every reason a failure can give.
    static let reasons: [ServiceFailure.Reason] = [
        .badRequest, .notAuthorized, .invalidCredentials, .sessionExpired, .accountNotVerified, .forbidden,
        .notFound, .conflict, .unsupportedFormat, .refused, .tooManyRequests, .serverError, .unavailable,
        .unexpectedAnswer, .unreachable, .timeout, .unreadableAnswer, .forgedAnswer, .cancelled, .notLoggedIn,
        .noMeter, .contactNotLoaded, .nothingChanged, .emptySearch,
        .auditLogUnwritable(path: "/var/log/a.log"),
        .outsideSubscriber, .notOffered,
    ]

    @Test func theListCoversEveryFailureSentenceOfTheTables() {
        let reached = Set(Self.reasons.map { Strings.key(of: $0) })
        let failureKeys = Set(StringKey.allCases.filter { $0.rawValue.hasPrefix("err") })
        #expect(reached == failureKeys)
        #expect(reached.count == Self.reasons.count)
    }

    @Test(arguments: Language.allCases)
    func everyReasonHasItsOwnSentence(language: Language) {
        let strings = Strings(language: language)
        let sentences = Self.reasons.map { strings.failure(ServiceFailure($0)) }
        for (reason, sentence) in zip(Self.reasons, sentences) {
            #expect(sentence.count > 10 && sentence.hasSuffix("."), "\(reason): \(sentence)")
            #expect(!sentence.contains("{"), "\(reason): \(sentence)")
        }
        #expect(Set(sentences).count == sentences.count, "two reasons share a sentence")
    }

    @Test func frenchAndEnglishDiffer() {
        for reason in Self.reasons {
            let failure = ServiceFailure(reason)
            #expect(
                Strings(language: .fr).failure(failure) != Strings(language: .en).failure(failure),
                "\(reason)")
        }
    }

    @Test func theAuditLogSentenceNamesTheFile() {
        let failure = ServiceFailure(.auditLogUnwritable(path: "/var/log/omega/audit.log"))
        #expect(
            Strings(language: .fr).failure(failure)
                == "Le journal d'audit ne peut pas être écrit (/var/log/omega/audit.log) : action refusée.")
        #expect(Strings(language: .en).failure(failure).contains("/var/log/omega/audit.log"))
    }

    @Test func tooManyRequestsNamesTheWaitInMinutes() {
        let french = Strings(language: .fr)
        let english = Strings(language: .en)
        let oneSecond = ServiceFailure(.tooManyRequests, retryAfter: 1)
        let twoMinutes = ServiceFailure(.tooManyRequests, retryAfter: 120)
        #expect(french.failure(oneSecond) == "Trop de tentatives en peu de temps. Attendez une minute.")
        #expect(french.failure(twoMinutes) == "Trop de tentatives en peu de temps. Attendez 2 minutes.")
        #expect(english.failure(oneSecond) == "Too many attempts in a short time. Please wait one minute.")
        #expect(english.failure(twoMinutes) == "Too many attempts in a short time. Please wait 2 minutes.")
        // 121 seconds are more than two minutes: the wait is rounded up.
        #expect(
            french.failure(ServiceFailure(.tooManyRequests, retryAfter: 121))
                == "Trop de tentatives en peu de temps. Attendez 3 minutes.")
        // Without a wait, or a wait of nothing, no wait is named.
        #expect(french.failure(ServiceFailure(.tooManyRequests)) == "Trop de tentatives en peu de temps.")
        #expect(
            french.failure(ServiceFailure(.tooManyRequests, retryAfter: 0))
                == "Trop de tentatives en peu de temps.")
    }

    @Test func unavailableNamesTheWaitToo() {
        #expect(
            Strings(language: .fr).failure(ServiceFailure(.unavailable, retryAfter: 60))
                == "Le service Omega est momentanément indisponible. Réessayez dans quelques minutes. Attendez une minute."
        )
        // Other reasons ignore a wait.
        #expect(
            Strings(language: .fr).failure(ServiceFailure(.serverError, retryAfter: 60))
                == Strings(language: .fr)[.errServerError])
    }

    @Test func aRefusalNamingNoFieldShowsTheServiceText() {
        let strings = Strings(language: .fr)
        let placed = ServiceFailure(.refused, refusals: [Refusal(field: "ni", text: "Index trop bas.")])
        #expect(strings.failure(placed) == strings[.errRefused])
        let unplaced = ServiceFailure(
            .refused,
            refusals: [
                Refusal(field: "ni", text: "Index trop bas."), Refusal(text: "Compteur déposé."),
                Refusal(text: "Relevé en double."),
            ])
        #expect(strings.failure(unplaced) == "Compteur déposé. Relevé en double.")
        #expect(Strings(language: .en).failure(unplaced) == "Compteur déposé. Relevé en double.")
    }
}

@Suite struct ProblemSentenceTests {
    @Test func aRequiredFieldIsNamedWhenItMatters() {
        let strings = Strings(language: .fr)
        #expect(strings.problem(.required, field: .reading(.index)) == "Saisissez l'index du compteur.")
        #expect(strings.problem(.required, field: .signUp(.password)) == "Mot de passe requis.")
        #expect(strings.problem(.required, field: .signUp(.numeroContrat)) == "Numéro de contrat requis.")
        #expect(strings.problem(.required, field: .signUp(.numeroFacture)) == "Numéro de facture requis.")
        #expect(strings.problem(.required, field: .contact(.mail)) == "Ce champ est obligatoire.")
        #expect(strings.problem(.required) == "Ce champ est obligatoire.")
    }

    @Test(arguments: Language.allCases)
    func everyProblemHasASentence(language: Language) {
        let strings = Strings(language: language)
        let problems: [FieldProblem] = [
            .required, .invalidEmail, .codeFormat, .confirmationDiffers, .notAWholeNumber, .invalidDate,
        ]
        let sentences = problems.map { strings.problem($0) }
        #expect(sentences.allSatisfy { $0.count > 10 && $0.hasSuffix(".") }, "\(sentences)")
        #expect(Set(sentences).count == sentences.count)
    }

    @Test func aWeakPasswordSaysHowWeak() {
        let french = Strings(language: .fr)
        #expect(french.problem(.weakPassword(.tropCourt)) == "trop court (8 caractères minimum)")
        #expect(
            Strings(language: .en).problem(.weakPassword(.tropCourt)) == "too short (at least 8 characters)")
        #expect(french.problem(.weakPassword(.faible)) == "faible")
    }

    @Test func aRefusalWithAnUnknownCodeShowsTheServiceTextInFull() {
        let refusal = Refusal(
            field: "ni", code: "some-new-rule", text: "L'index est inférieur au dernier index.")
        #expect(
            Strings(language: .fr).problem(.refused(refusal)) == "L'index est inférieur au dernier index.")
        #expect(
            Strings(language: .en).problem(.refused(refusal)) == "L'index est inférieur au dernier index.")
    }

    @Test func aRefusalWithAKnownCodeIsSaidInTheUsersLanguageWithItsValues() {
        let below = Refusal(
            field: "ni", code: "index-below-last", text: "the index cannot be below the last one (3387)",
            values: ["last_index": "3387"])
        #expect(
            Strings(language: .fr).problem(.refused(below))
                == "L'index ne peut pas être inférieur au dernier index (3 387 m³), sauf si le compteur a fait un tour : dites-le en commentaire."
        )
        #expect(
            Strings(language: .en).problem(.refused(below)).hasPrefix(
                "The index cannot be below the last one (3,387 m³)"))
        let date = Refusal(
            field: "dateni", code: "date-not-after-last", text: "",
            values: ["last_date": "2026-08-20 00:00:00"])
        #expect(
            Strings(language: .fr).problem(.refused(date))
                == "La date du relevé doit suivre celle du dernier index (20/08/2026).")
        #expect(
            Strings(language: .en).problem(.refused(date))
                == "The reading date must come after the last index's (2026-08-20).")
    }
}

@Suite struct ToastSentenceTests {
    @Test func aStatusChangeNamesTheRequestAndBothStatuses() {
        let french = Strings(language: .fr)
        #expect(
            french.toast(.statusChanged(requestId: "42", title: "Relevé", from: .omega, to: .closed))
                == "Demande Relevé (n° 42) : En traitement → Terminée")
        #expect(
            french.toast(.statusChanged(requestId: "42", title: "", from: .send, to: .refused))
                == "Demande n° 42 : Envoyée → Refusée")
        #expect(
            Strings(language: .en).toast(
                .statusChanged(requestId: "42", title: "", from: .omega, to: .client))
                == "Request no. 42: In progress → Awaiting you")
    }

    @Test func everyToastHasASentence() {
        let french = Strings(language: .fr)
        #expect(french.toast(.requestFiled(requestId: "77")) == "Demande n° 77 envoyée.")
        #expect(
            french.toast(.sessionExpired) == "Session expirée : reconnectez-vous, votre saisie est conservée."
        )
        #expect(french.toast(.draftRestored) == "Brouillon restauré.")
        #expect(french.toast(.accountVerified) == "Adresse confirmée : vous pouvez vous connecter.")
        #expect(french.toast(.passwordReset) == "Mot de passe modifié.")
        let failure = ServiceFailure(.unreachable)
        #expect(french.toast(.failure(failure)) == french.failure(failure))
        #expect(Strings(language: .en).toast(.requestFiled(requestId: "77")) == "Request no. 77 sent.")
    }
}
