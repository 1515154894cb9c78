import Testing

@testable import TerminalUI

@Suite("TextField")
struct TextFieldTests {
    private func typed(_ text: String, into state: inout TextFieldState) {
        for character in text { state.apply(.character(character)) }
    }

    @Test func typingMovesTheCursorAndHomeEndJump() {
        var state = TextFieldState()
        typed("abc", into: &state)
        #expect(state.text == "abc")
        #expect(state.cursor == 3)
        let consumed1 = state.apply(.home)
        #expect(consumed1)
        #expect(state.cursor == 0)
        state.apply(.character("X"))
        #expect(state.text == "Xabc")
        #expect(state.cursor == 1)
        state.apply(.end)
        #expect(state.cursor == 4)
        state.apply(.left)
        state.apply(.left)
        state.apply(.character("-"))
        #expect(state.text == "Xa-bc")
    }

    @Test func movementStopsAtTheEdgesButStillBelongsToTheField() {
        var state = TextFieldState(text: "ab")
        let consumed2 = state.apply(.right)
        #expect(consumed2)
        #expect(state.cursor == 2)
        state.apply(.home)
        let consumed3 = state.apply(.left)
        #expect(consumed3)
        #expect(state.cursor == 0)
        let consumed4 = state.apply(.backspace)
        #expect(consumed4)
        #expect(state.text == "ab")
    }

    @Test func keysForTheScreenAreNotConsumed() {
        var state = TextFieldState(text: "ab")
        for key: Key in [.enter, .tab, .backTab, .escape, .up, .down, .function(2), .resize] {
            let consumed5 = state.apply(key)
            #expect(!consumed5, "\(key)")
        }
        #expect(state.text == "ab")
    }

    @Test func backspaceAndDeleteRemoveWholeWideAndAccentedCharacters() {
        var state = TextFieldState(text: "日本e\u{301}😀")
        #expect(state.text == "日本é😀")
        #expect(state.cursor == 4)
        state.apply(.backspace)
        #expect(state.text == "日本é")
        state.apply(.home)
        state.apply(.delete)
        #expect(state.text == "本é")
        state.apply(.end)
        state.apply(.backspace)
        #expect(state.text == "本")
    }

    @Test func aCombiningMarkTypedAfterALetterComposesWithIt() {
        var state = TextFieldState()
        state.apply(.character("e"))
        state.apply(.character("\u{301}"))
        #expect(state.text == "é")
        #expect(state.cursor == 1)
    }

    @Test func controlUErasesBeforeTheCursorAndControlKAfter() {
        var state = TextFieldState(text: "jean.dupont@example.fr")
        for _ in 0..<11 { state.apply(.left) }
        state.apply(.control("u"))
        #expect(state.text == "@example.fr")
        #expect(state.cursor == 0)
        state.apply(.right)
        state.apply(.control("k"))
        #expect(state.text == "@")
        var words = TextFieldState(text: "rue des Lilas")
        words.apply(.control("w"))
        #expect(words.text == "rue des ")
    }

    @Test func maxLengthCapsTypingAndPasting() {
        var state = TextFieldState(maxLength: 5)
        typed("1234567", into: &state)
        #expect(state.text == "12345")
        state.apply(.backspace)
        state.apply(.paste("abc"))
        #expect(state.text == "1234a")
        #expect(TextFieldState(text: "abcdefgh", maxLength: 3).text == "abc")
    }

    @Test func pastedNewlinesAndEscapesNeverEnterTheField() {
        var state = TextFieldState()
        state.apply(.paste("343025705\n\u{1B}[2Jfin\r\n"))
        #expect(state.text == "343025705 fin ")
    }

    @Test func filtersKeepOnlyAcceptedCharacters() {
        var digits = TextFieldState(filter: .digits)
        digits.apply(.paste("34 30-25a705"))
        #expect(digits.text == "343025705")
        var decimal = TextFieldState(filter: .decimal)
        decimal.apply(.paste("12,5,3.1x"))
        #expect(decimal.text == "12,531")
    }

    @Test func drawsLabelTextAndPutsTheCursorOnTheInsertionPoint() {
        let canvas = GridCanvas(columns: 30, rows: 1)
        var state = TextFieldState(text: "été")
        state.apply(.left)
        TextField(label: "Nom", state: state, isFocused: true, labelWidth: 6)
            .draw(in: Rect(column: 0, row: 0, columns: 20, rows: 1), on: canvas)
        #expect(canvas.rows[0] == "Nom   été                     ")
        #expect(canvas.cursor == Point(column: 8, row: 0))
        #expect(canvas.style(at: Point(column: 6, row: 0)) == .focusedField)
        #expect(canvas.style(at: Point(column: 19, row: 0)) == .focusedField)
        #expect(canvas.style(at: Point(column: 20, row: 0)) == .normal)
    }

    @Test func maskedFieldsShowOneStarPerCharacter() {
        let canvas = GridCanvas(columns: 20, rows: 1)
        TextField(label: "MDP", state: TextFieldState(text: "sécrét日"), isFocused: false, isMasked: true)
            .draw(in: canvas.bounds, on: canvas)
        #expect(canvas.text == "MDP *******")
        #expect(canvas.cursor == nil)
        #expect(!canvas.text.contains("s"))
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        let canvas = GridCanvas(columns: 6, rows: 1)
        let state = TextFieldState(text: "abcdefghij")
        TextField(state: state, isFocused: true).draw(in: canvas.bounds, on: canvas)
        #expect(canvas.rows[0] == "fghij ")
        #expect(canvas.cursor == Point(column: 5, row: 0))
        var home = state
        home.apply(.home)
        TextField(state: home, isFocused: true).draw(in: canvas.bounds, on: canvas)
        #expect(canvas.rows[0] == "abcdef")
        #expect(canvas.cursor == Point(column: 0, row: 0))
    }

    @Test func wideTextScrollsWithoutSplittingCharacters() {
        let window = TextField.visibleWindow(of: Array("日本語テ"), cursor: 4, width: 6)
        #expect(window.text == "語テ")
        #expect(window.cursorColumn == 4)
    }

    @Test func placeholderShowsOnlyWhenEmptyAndUnfocused() {
        let canvas = GridCanvas(columns: 20, rows: 1)
        TextField(state: TextFieldState(), placeholder: "ex. 1234").draw(in: canvas.bounds, on: canvas)
        #expect(canvas.text == "ex. 1234")
        TextField(state: TextFieldState(), isFocused: true, placeholder: "ex. 1234").draw(
            in: canvas.bounds, on: canvas)
        #expect(canvas.text == "")
    }
}
