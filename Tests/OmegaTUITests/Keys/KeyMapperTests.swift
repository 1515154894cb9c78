import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite @MainActor struct KeyMapperTests {
    @Test func lettersTypeWhileATextFieldHasFocus() {
        var ui = UIState()
        let login = AppState()
        #expect(login.textFieldHasFocus)
        for letter in ["a", "r", "f", "d", "m", "c", "q", "n", "x", "?", "/"] {
            let actions = KeyMapper.map(.character(Character(letter)), state: login, ui: &ui)
            #expect(actions == [.login(.form(.set(.email, letter)))], "letter \(letter)")
        }
        let driver = AppDriver()
        driver.type("quit@x.fr")
        #expect(driver.state.login.email == "quit@x.fr")
        #expect(driver.state.screen == .connexion)
        #expect(!driver.state.hasQuit)
        #expect(driver.state.dialog == nil)
    }

    @Test func lettersNavigateWhenNoTextFieldHasFocus() async throws {
        var ui = UIState()
        let state = try await TestData.loggedIn().state
        #expect(!state.textFieldHasFocus)
        let expected: [(Character, AppAction)] = [
            ("a", .navigate(.accueil)), ("r", .navigate(.releves)), ("f", .navigate(.factures)),
            ("d", .navigate(.demandes)), ("m", .navigate(.messages)), ("c", .navigate(.choixContrat)),
            ("n", .navigate(.nouvelleDemande(.menu))), ("?", .navigate(.aide)), ("x", .logout), ("q", .quit),
        ]
        for (letter, action) in expected {
            #expect(KeyMapper.map(.character(letter), state: state, ui: &ui) == [action], "letter \(letter)")
        }
    }

    @Test func functionKeysActEvenInTextFields() async throws {
        var ui = UIState()
        let form = try await TestData.indexForm().state
        #expect(form.textFieldHasFocus)
        #expect(KeyMapper.map(.character("r"), state: form, ui: &ui) == [])  // digits only: ignored
        #expect(
            KeyMapper.map(.character("7"), state: form, ui: &ui) == [.readingForm(.form(.set(.index, "7")))])
        #expect(KeyMapper.map(.function(3), state: form, ui: &ui) == [.navigate(.releves)])
        #expect(KeyMapper.map(.function(1), state: form, ui: &ui) == [.navigate(.aide)])
        #expect(KeyMapper.map(.function(10), state: form, ui: &ui) == [.quit])
        #expect(KeyMapper.map(.escape, state: form, ui: &ui) == [.back])
    }

    @Test func tabMovesToThePasswordAndEnterLogsIn() {
        let driver = AppDriver()
        driver.press(.character("a"), .character("@"), .character("b"), .tab)
        #expect(driver.state.login.fields.focus == .password)
        driver.type("secret")
        let state = driver.state
        #expect(state.login.password == "secret")
        #expect(state.login.email == "a@b")
        var ui = driver.ui
        #expect(KeyMapper.map(.enter, state: state, ui: &ui) == [.login(.form(.submit))])
        #expect(KeyMapper.map(.control("d"), state: state, ui: &ui) == [.login(.useSuggestedAccount)])
        #expect(KeyMapper.map(.function(7), state: state, ui: &ui) == [.navigate(.creerCompte)])
        #expect(KeyMapper.map(.function(8), state: state, ui: &ui) == [.navigate(.motDePasseOublie)])
    }

    @Test func theCursorStaysWhereTheUserPutIt() {
        let driver = AppDriver()
        driver.press(.character("a"), .character("c"), .left, .character("b"), .home, .character(">"))
        #expect(driver.state.login.email == ">abc")
    }

    @Test func arrowsMoveThroughTheListAndPageDownPages() async throws {
        var ui = UIState(size: Size(columns: 80, rows: 24))
        let state = try await TestData.after([.character("r")]).state
        #expect(state.screen == .releves)
        #expect(KeyMapper.map(.down, state: state, ui: &ui) == [.readings(.select(1))])
        #expect(KeyMapper.map(.end, state: state, ui: &ui) == [.readings(.select(4))])
        #expect(KeyMapper.map(.pageDown, state: state, ui: &ui) == [.readings(.select(4))])
        #expect(KeyMapper.map(.home, state: state, ui: &ui) == [.readings(.select(0))])
    }

    @Test func slashFiltersTheListAndEscClearsIt() async throws {
        let driver = try await TestData.after([.character("r")])
        driver.press(.character("/"))
        #expect(driver.ui.isEditingFilter)
        #expect(driver.state.screen == .releves)
        // While typing the filter, letters go to it, not to navigation.
        driver.type("estim")
        let state = driver.state
        var ui = driver.ui
        #expect(state.screen == .releves)
        #expect(ui.filter(of: .readings) == "estim")
        #expect(state.readings.list.selection == 1)  // moved onto the only matching row
        #expect(KeyMapper.map(.enter, state: state, ui: &ui) == [])
        #expect(!ui.isEditingFilter)
        #expect(KeyMapper.map(.escape, state: state, ui: &ui) == [])
        #expect(ui.filter(of: .readings).isEmpty)
        #expect(KeyMapper.map(.escape, state: state, ui: &ui) == [.back])
    }

    @Test func quitAsksFirstWhenAFormHoldsInput() async throws {
        let driver = try await TestData.indexForm()
        driver.type("12")
        driver.press(.enter, .function(10))
        let asked = driver.state
        #expect(asked.dialog == .confirmQuit)
        #expect(!asked.hasQuit)
        #expect(driver.render().text.contains("Quitter ?"))
        var ui = driver.ui
        #expect(KeyMapper.map(.escape, state: asked, ui: &ui) == [.cancelDialog])
        #expect(KeyMapper.map(.right, state: asked, ui: &ui) == [])
        #expect(KeyMapper.map(.enter, state: asked, ui: &ui) == [.cancelDialog])
        #expect(KeyMapper.map(.character("o"), state: asked, ui: &ui) == [.confirmDialog])
    }

    @Test func enterConfirmsTheDryRunThenSends() async throws {
        let driver = try await TestData.indexForm()
        driver.type("1387")
        driver.press(.enter)
        try await driver.run(until: { $0.readingForm?.step == .confirming(TestData.dryRun) }, "the dry run")
        let state = driver.state
        #expect(!state.textFieldHasFocus)
        var ui = driver.ui
        #expect(KeyMapper.map(.enter, state: state, ui: &ui) == [.readingForm(.form(.submit))])
        #expect(KeyMapper.map(.escape, state: state, ui: &ui) == [.back])
    }
}
