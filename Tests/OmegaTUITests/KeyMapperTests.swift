import OmegaClient
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite struct KeyMapperTests {
    /// Maps `keys` one by one, applying the actions to the state in between, as the app does.
    static func type(_ keys: [Key], from state: AppState, ui: inout UIState) -> AppState {
        var state = state
        for key in keys {
            let actions = KeyMapper.map(key, state: state, ui: &ui)
            state = TestData.applying(actions, to: state)
        }
        return state
    }

    @Test func lettersTypeWhileATextFieldHasFocus() {
        var ui = UIState()
        let login = AppState()
        #expect(login.textFieldHasFocus)
        for letter in ["a", "r", "f", "d", "m", "c", "q", "n", "?", "/"] {
            let actions = KeyMapper.map(.character(Character(letter)), state: login, ui: &ui)
            #expect(actions == [.login(.setEmail(letter))], "letter \(letter)")
        }
        let typed = Self.type("quit@x.fr".map { .character($0) }, from: login, ui: &ui)
        #expect(typed.login.email == "quit@x.fr")
        #expect(typed.screen == .connexion)
        #expect(!typed.hasQuit)
        #expect(typed.dialog == nil)
    }

    @Test func lettersNavigateWhenNoTextFieldHasFocus() {
        var ui = UIState()
        let state = TestData.loggedIn()
        #expect(!state.textFieldHasFocus)
        let expected: [(Character, Action)] = [
            ("a", .navigate(.accueil)), ("r", .navigate(.releves)), ("f", .navigate(.factures)),
            ("d", .navigate(.demandes)), ("m", .navigate(.messages)), ("c", .navigate(.choixContrat)),
            ("n", .navigate(.nouvelleDemande(.menu))), ("?", .navigate(.aide)), ("q", .quit),
        ]
        for (letter, action) in expected {
            #expect(KeyMapper.map(.character(letter), state: state, ui: &ui) == [action], "letter \(letter)")
        }
    }

    @Test func functionKeysActEvenInTextFields() {
        var ui = UIState()
        let form = NewRequestScreenTests.indexForm()
        #expect(form.textFieldHasFocus)
        #expect(KeyMapper.map(.character("r"), state: form, ui: &ui) == [])  // digits only: ignored
        #expect(KeyMapper.map(.character("7"), state: form, ui: &ui) == [.readingForm(.set(.index, "7"))])
        #expect(KeyMapper.map(.function(3), state: form, ui: &ui) == [.navigate(.releves)])
        #expect(KeyMapper.map(.function(1), state: form, ui: &ui) == [.navigate(.aide)])
        #expect(KeyMapper.map(.function(10), state: form, ui: &ui) == [.quit])
        #expect(KeyMapper.map(.escape, state: form, ui: &ui) == [.back])
    }

    @Test func tabMovesToThePasswordAndEnterLogsIn() {
        var ui = UIState()
        var state = Self.type(
            [.character("a"), .character("@"), .character("b"), .tab], from: AppState(), ui: &ui)
        #expect(state.login.focus == .password)
        state = Self.type("secret".map { .character($0) }, from: state, ui: &ui)
        #expect(state.login.password == "secret")
        #expect(state.login.email == "a@b")
        #expect(KeyMapper.map(.enter, state: state, ui: &ui) == [.login(.submit)])
        #expect(KeyMapper.map(.control("d"), state: state, ui: &ui) == [.login(.useSuggestedAccount)])
        #expect(KeyMapper.map(.function(7), state: state, ui: &ui) == [.login(.openSignUp)])
    }

    @Test func theCursorStaysWhereTheUserPutIt() {
        var ui = UIState()
        let state = Self.type(
            [.character("a"), .character("c"), .left, .character("b"), .home, .character(">")],
            from: AppState(),
            ui: &ui)
        #expect(state.login.email == ">abc")
    }

    @Test func arrowsMoveThroughTheListAndPageDownPages() {
        var ui = UIState(size: Size(columns: 80, rows: 24))
        let state = TestData.applying([.navigate(.releves)], to: TestData.loggedIn())
        #expect(KeyMapper.map(.down, state: state, ui: &ui) == [.selectRow(1)])
        #expect(KeyMapper.map(.end, state: state, ui: &ui) == [.selectRow(4)])
        #expect(KeyMapper.map(.pageDown, state: state, ui: &ui) == [.selectRow(4)])
        #expect(KeyMapper.map(.home, state: state, ui: &ui) == [.selectRow(0)])
    }

    @Test func slashFiltersTheListAndEscClearsIt() {
        var ui = UIState()
        let state = TestData.applying([.navigate(.releves)], to: TestData.loggedIn())
        #expect(KeyMapper.map(.character("/"), state: state, ui: &ui) == [])
        #expect(ui.isEditingFilter)
        // While typing the filter, letters go to it, not to navigation.
        let actions = Self.type("estim".map { .character($0) }, from: state, ui: &ui)
        #expect(actions.screen == .releves)
        #expect(ui.filter(of: .readings) == "estim")
        #expect(actions.readings.list.selection == 1)  // moved onto the only matching row
        #expect(KeyMapper.map(.enter, state: actions, ui: &ui) == [])
        #expect(!ui.isEditingFilter)
        #expect(KeyMapper.map(.escape, state: actions, ui: &ui) == [])
        #expect(ui.filter(of: .readings).isEmpty)
        #expect(KeyMapper.map(.escape, state: actions, ui: &ui) == [.back])
    }

    @Test func quitAsksFirstWhenAFormHoldsInput() {
        var ui = UIState()
        let form = TestData.applying(
            [.readingForm(.set(.index, "12")), .readingForm(.submit)], to: NewRequestScreenTests.indexForm())
        let asked = Self.type([.function(10)], from: form, ui: &ui)
        #expect(asked.dialog == .confirmQuit)
        #expect(!asked.hasQuit)
        #expect(TestData.render(asked).text.contains("Quitter ?"))
        #expect(KeyMapper.map(.escape, state: asked, ui: &ui) == [.cancelQuit])
        #expect(KeyMapper.map(.right, state: asked, ui: &ui) == [])
        #expect(KeyMapper.map(.enter, state: asked, ui: &ui) == [.cancelQuit])
        #expect(KeyMapper.map(.character("o"), state: asked, ui: &ui) == [.confirmQuit])
    }

    @Test func enterConfirmsTheDryRunThenSends() {
        var ui = UIState()
        var state = TestData.applying(
            [.readingForm(.set(.index, "1387")), .readingForm(.submit)], to: NewRequestScreenTests.indexForm()
        )
        let outcome = FilingOutcome(
            request: RequestRecord(id: "", code: .releve, status: .saved, title: "", date: nil),
            impliedConsumption: 37)
        state = TestData.applying([.response(.readingFiled(dryRun: true, .success(outcome)))], to: state)
        #expect(!state.textFieldHasFocus)
        #expect(KeyMapper.map(.enter, state: state, ui: &ui) == [.readingForm(.submit)])
        #expect(KeyMapper.map(.escape, state: state, ui: &ui) == [.back])
    }
}
