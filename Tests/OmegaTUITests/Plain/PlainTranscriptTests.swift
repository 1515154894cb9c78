import SelfService
import Testing

@testable import OmegaTUI

/// The transcript only ever adds lines: a new screen in full, then what changed.
struct PlainTranscriptTests {
    typealias Frame = PlainFrame<AppAction>
    static let strings = Strings(language: .fr)

    static func frame(
        _ title: String, _ sections: [PlainSection], choices: [PlainChoice<AppAction>] = [],
        prompt: PlainPrompt<AppAction> = .choice
    ) -> Frame {
        Frame(title: title, sections: sections, choices: choices, prompt: prompt)
    }

    static let back = PlainChoice<AppAction>("0", "Retour", send: [.back])

    @Test("a new screen prints in full; the same screen prints only its new lines")
    func onlyWhatChanged() {
        var transcript = PlainTranscript<AppAction>()
        let loading = Self.frame("Relevés", [PlainSection("summary", ["Chargement…"])], choices: [Self.back])
        #expect(
            transcript.lines(for: loading, strings: Self.strings)
                == ["Relevés", "Chargement…", "Choix :", "0. Retour"])
        let loaded = Self.frame(
            "Relevés",
            [PlainSection("summary", ["2 relevés"]), PlainSection("r1", ["12/08/2026 : index 4 020"])],
            choices: [Self.back])
        #expect(
            transcript.lines(for: loaded, strings: Self.strings) == ["2 relevés", "12/08/2026 : index 4 020"])
        #expect(transcript.lines(for: loaded, strings: Self.strings).isEmpty)
        var grown = loaded
        grown.sections[1].lines.append("12/05/2026 : index 3 990")
        #expect(transcript.lines(for: grown, strings: Self.strings) == ["12/05/2026 : index 3 990"])
        #expect(transcript.lines(for: grown, strings: Self.strings, full: true).first == "")
        let other = Self.frame("Factures", [PlainSection("summary", ["Aucune facture."])])
        #expect(transcript.lines(for: other, strings: Self.strings) == ["", "Factures", "Aucune facture."])
    }

    @Test("an alert is said again when the user's line changed nothing; choices wait while work runs")
    func alertsAndWaiting() {
        var transcript = PlainTranscript<AppAction>()
        let field = PlainField<AppAction>(id: "index", label: "Nouvel index") { _ in [] }
        let refused = Self.frame(
            "Transmettre un index",
            [PlainSection("problems", ["Nouvel index : obligatoire."], isAlert: true)],
            choices: [Self.back], prompt: .field(field))
        _ = transcript.lines(for: refused, strings: Self.strings)
        #expect(transcript.lines(for: refused, strings: Self.strings).isEmpty)
        #expect(
            transcript.lines(for: refused, strings: Self.strings, afterInput: true) == [
                "Nouvel index : obligatoire."
            ])
        let waiting = Self.frame(
            "Transmettre un index", [PlainSection("step", ["Vérification…"])],
            choices: [PlainChoice("0", "Annuler", send: [.back])], prompt: .waiting)
        #expect(transcript.lines(for: waiting, strings: Self.strings) == ["Vérification…"])
        let confirming = Self.frame(
            "Transmettre un index", [PlainSection("step", ["Consommation depuis le dernier index : 37 m³"])],
            choices: [PlainChoice("1", "Envoyer", send: [.readingForm(.form(.submit))])])
        #expect(
            transcript.lines(for: confirming, strings: Self.strings)
                == ["Consommation depuis le dernier index : 37 m³", "Choix :", "1. Envoyer"])
        // Back to the same field after a failed send: its choices are not listed again.
        _ = transcript.lines(for: waiting, strings: Self.strings)
        #expect(
            transcript.lines(for: confirming, strings: Self.strings) == [
                "Consommation depuis le dernier index : 37 m³"
            ])
    }

    @Test("server text is sanitised: no escape sequence reaches the terminal")
    func sanitised() {
        var transcript = PlainTranscript<AppAction>()
        let frame = Self.frame("Messages", [PlainSection("m", ["Coupure\u{1B}[2J\u{1B}[H demain\u{7}"])])
        #expect(transcript.lines(for: frame, strings: Self.strings) == ["Messages", "Coupure demain"])
    }

    @Test("a field's prompt shows its value in brackets, never a secret's")
    func prompts() {
        let strings = Self.strings
        let text = PlainField<AppAction>(id: "date", label: "Date du relevé", value: "15/03/2026") { _ in [] }
        let secret = PlainField<AppAction>(id: "password", label: "Mot de passe", value: "x", kind: .secret) {
            _ in []
        }
        let check = PlainField<AppAction>(
            id: "remember", label: "Se souvenir de moi", value: "non", kind: .yesNo
        ) { _ in [] }
        #expect(
            PlainShell<AppState, AppAction>.promptText(of: text, strings: strings)
                == "Date du relevé [15/03/2026] : ")
        #expect(PlainShell<AppState, AppAction>.promptText(of: secret, strings: strings) == "Mot de passe : ")
        #expect(
            PlainShell<AppState, AppAction>.promptText(of: check, strings: strings)
                == "Se souvenir de moi (o/n) [non] : ")
        #expect(PlainShell<AppState, AppAction>.yesOrNo(" Oui ") == "o")
        #expect(PlainShell<AppState, AppAction>.yesOrNo("no") == "n")
        #expect(PlainShell<AppState, AppAction>.yesOrNo("peut-être") == nil)
    }
}
