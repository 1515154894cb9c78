import Foundation
import Testing

@testable import TerminalUI

@Suite("Widgets")
struct WidgetTests {
    @Test func barChartDrawsEighthsInUnicode() {
        let canvas = GridCanvas(columns: 6, rows: 4)
        BarChart(bars: [
            BarChart.Bar(label: "T1", current: 16, previousYear: 8),
            BarChart.Bar(label: "T2", current: 3, previousYear: nil),
        ]).draw(in: canvas.bounds, on: canvas)
        // Two bar rows (16 eighths) for a maximum of 16: 16 → 2 full cells, 8 → 1, 3 → ▃.
        #expect(canvas.rows == ["      ", "█     ", "██ ▃  ", "T1 T2 "])
        #expect(canvas.style(at: Point(column: 0, row: 2)) == .chartCurrent)
        #expect(canvas.style(at: Point(column: 1, row: 2)) == .chartPrevious)
    }

    @Test func barChartAsciiFallbackUsesWholeCellsAndTellsSeriesApart() {
        let canvas = GridCanvas(columns: 6, rows: 5)
        BarChart(
            bars: [
                BarChart.Bar(label: "T1", current: 30, previousYear: 10),
                BarChart.Bar(label: "T2", current: 1, previousYear: 0, isFlagged: true),
            ], glyphs: .ascii
        ).draw(in: canvas.bounds, on: canvas)
        #expect(canvas.rows == ["   !  ", "#     ", "#     ", "#= #  ", "T1 T2 "])
        #expect(canvas.style(at: Point(column: 3, row: 3)) == .warning)
        #expect(!canvas.text.contains("█"))
    }

    @Test func barChartShowsTheMostRecentPeriodsWhenNarrow() {
        let bars = (1...12).map { BarChart.Bar(label: "M\($0)", current: Decimal($0), previousYear: nil) }
        let canvas = GridCanvas(columns: 8, rows: 3)
        BarChart(bars: bars).draw(in: canvas.bounds, on: canvas)
        // The last group has two cells left: its label is left out rather than cut.
        #expect(canvas.rows[2] == "M10M11  ")
    }

    @Test func aBarChartLabelRunsUnderTheFollowingUnlabelledGroupsAndMarksTheSelectedPeriod() {
        let bars = [
            BarChart.Bar(label: "2024", current: 1, previousYear: nil),
            BarChart.Bar(label: "", current: 2, previousYear: nil, isSelected: true),
            BarChart.Bar(label: "2025", current: 3, previousYear: nil, isFlagged: true),
        ]
        let canvas = GridCanvas(columns: 9, rows: 4)
        BarChart(bars: bars, glyphs: .ascii).draw(in: canvas.bounds, on: canvas)
        #expect(canvas.rows[0] == "   vv !  ")
        // "2024" runs under the unlabelled group; "2025" has three cells left: left out.
        #expect(canvas.rows[3] == "2024     ")
    }

    @Test func keyHintBarShowsEverythingWhenThereIsRoom() {
        let bar = KeyHintBar(hints: [
            KeyHint(keys: "F1/?", label: "Aide"), KeyHint(keys: "F2/a", label: "Accueil"),
            KeyHint(keys: "F10/q", label: "Quitter"),
        ])
        let canvas = GridCanvas(columns: 40, rows: 1)
        bar.draw(in: canvas.bounds, on: canvas)
        #expect(canvas.text == "F1/? Aide F2/a Accueil F10/q Quitter")
        #expect(canvas.style(at: Point(column: 0, row: 0)) == .keyHint)
        #expect(canvas.style(at: Point(column: 5, row: 0)) == .keyHintLabel)
    }

    @Test func keyHintBarShortensLabelsThenDropsThemThenDropsHints() {
        let bar = KeyHintBar(hints: [
            KeyHint(keys: "F1/?", label: "Aide"), KeyHint(keys: "F2/a", label: "Accueil"),
            KeyHint(keys: "F10/q", label: "Quitter"),
        ])
        let shortened = GridCanvas(columns: 30, rows: 1)
        bar.draw(in: shortened.bounds, on: shortened)
        #expect(shortened.text == "F1/? Aide F2/a Acc… F10/q Qui…")
        let keysOnly = GridCanvas(columns: 16, rows: 1)
        bar.draw(in: keysOnly.bounds, on: keysOnly)
        #expect(keysOnly.text == "F1/? F2/a F10/q")
        let fewer = GridCanvas(columns: 10, rows: 1)
        bar.draw(in: fewer.bounds, on: fewer)
        #expect(fewer.text == "F1/? F2/a")
        #expect(bar.layout(width: 0).isEmpty)
        #expect(bar.layout(width: 3).isEmpty)
    }

    @Test func glyphsFallBackToASCIIOnlyWhenTheTerminalOrLocaleSaysSo() {
        #expect(Glyphs.preferred(environment: ["TERM": "xterm-256color", "LANG": "fr_FR.UTF-8"]) == .unicode)
        #expect(Glyphs.preferred(environment: ["TERM": "xterm", "LANG": "fr_FR.utf8"]) == .unicode)
        #expect(Glyphs.preferred(environment: ["TERM": "xterm"]) == .unicode)
        #expect(Glyphs.preferred(environment: ["TERM": "xterm", "LANG": "C"]) == .unicode)
        #expect(Glyphs.preferred(environment: ["TERM": "xterm", "LANG": "fr_FR.ISO-8859-15"]) == .ascii)
        #expect(
            Glyphs.preferred(environment: ["TERM": "xterm", "LC_ALL": "fr_FR@euro", "LANG": "fr_FR.UTF-8"])
                == .ascii)
        #expect(Glyphs.preferred(environment: ["TERM": "vt100", "LANG": "fr_FR.UTF-8"]) == .ascii)
        #expect(Glyphs.preferred(environment: ["TERM": "dumb"]) == .ascii)
    }

    @Test func dialogIsCentredWithFocusedButtonAndCursor() {
        let canvas = GridCanvas(columns: 40, rows: 12)
        Dialog(
            title: "Confirmer", message: "Envoyer l’index 1234 ?", buttons: ["Envoyer", "Annuler"],
            state: DialogState(focusedButton: 1)
        ).draw(in: canvas.bounds, on: canvas)
        let text = canvas.text
        #expect(text.contains("┌─ Confirmer ─"))
        #expect(text.contains("Envoyer l’index 1234 ?"))
        #expect(text.contains("[ Envoyer ] [ Annuler ]"))
        let annuler = canvas.find("[ Annuler ]")
        #expect(annuler == Point(column: 20, row: 7))
        #expect(canvas.style(at: Point(column: 20, row: 7)) == .focusedButton)
        #expect(canvas.cursor == Point(column: 22, row: 7))
    }

    @Test func dialogStateMovesChoosesAndCancels() {
        var state = DialogState()
        #expect(state.apply(.right, buttonCount: 2) == nil)
        #expect(state.focusedButton == 1)
        #expect(state.apply(.tab, buttonCount: 2) == nil)
        #expect(state.focusedButton == 0)
        #expect(state.apply(.left, buttonCount: 2) == nil)
        #expect(state.apply(.enter, buttonCount: 2) == .chosen(1))
        #expect(state.apply(.escape, buttonCount: 2) == .cancelled)
    }

    @Test func checkboxAndButtonShowStateAndFocus() {
        let canvas = GridCanvas(columns: 30, rows: 2)
        Checkbox(label: "Se souvenir de moi", isChecked: true, isFocused: true).draw(
            in: canvas.bounds, on: canvas)
        #expect(canvas.rows[0].hasPrefix("[x] Se souvenir de moi"))
        #expect(canvas.cursor == Point(column: 1, row: 0))
        #expect(Checkbox.toggles(.character(" ")))
        let used = Button(title: "Valider").draw(
            in: Rect(column: 0, row: 1, columns: 30, rows: 1), on: canvas)
        #expect(used == 11)
        #expect(canvas.rows[1].hasPrefix("[ Valider ]"))
        #expect(canvas.style(at: Point(column: 0, row: 1)) == .button)
    }

    @Test func spinnerCyclesThroughItsFrames() {
        #expect(Spinner(frame: 0).currentGlyph == "⠋")
        #expect(Spinner(frame: 10).currentGlyph == "⠋")
        #expect(Spinner(frame: 5, glyphs: .ascii).currentGlyph == "/")
        #expect(Spinner(frame: -1, glyphs: .ascii).currentGlyph == "\\")
        let canvas = GridCanvas(columns: 20, rows: 1)
        Spinner(frame: 1, label: "Chargement…").draw(in: canvas.bounds, on: canvas)
        #expect(canvas.text == "⠙ Chargement…")
    }

    @Test func toastSitsAboveTheKeyBar() {
        let canvas = GridCanvas(columns: 40, rows: 10)
        let toast = Toast(message: "Demande 42 : Terminée", kind: .success)
        let frame = toast.frame(in: canvas.bounds)
        #expect(frame == Rect(column: 17, row: 8, columns: 23, rows: 1))
        toast.draw(in: frame, on: canvas)
        #expect(canvas.rows[8].hasSuffix(" Demande 42 : Terminée "))
        #expect(canvas.style(at: Point(column: 17, row: 8)) == Style(.success, adding: .reverse))
    }

    @Test func labelWrapsAndMarksCutText() {
        let canvas = GridCanvas(columns: 12, rows: 2)
        Label("Votre demande a été enregistrée sous le numéro 42", wraps: true).draw(
            in: canvas.bounds, on: canvas)
        #expect(canvas.rows == ["Votre       ", "demande a…  "])
    }

    @Test func frameDrawsBordersAndReturnsTheInside() {
        let canvas = GridCanvas(columns: 10, rows: 3)
        let inside = Frame(title: "Titre long", glyphs: .ascii).draw(in: canvas.bounds, on: canvas)
        #expect(inside == Rect(column: 1, row: 1, columns: 8, rows: 1))
        #expect(canvas.rows == ["+- Titre…+", "|        |", "+--------+"])
    }

    @Test func tooSmallScreenExplainsAndShowsSizes() {
        let canvas = GridCanvas(columns: 20, rows: 5)
        #expect(TooSmallScreen.isNeeded(for: canvas.size))
        #expect(!TooSmallScreen.isNeeded(for: Size(columns: 80, rows: 24)))
        TooSmallScreen(message: "Agrandissez la fenêtre").draw(on: canvas)
        #expect(canvas.text.contains("Agrandissez la"))
        #expect(canvas.text.contains("20x5 / 80x24"))
    }

    @Test(arguments: [
        Size(columns: 0, rows: 0), Size(columns: 1, rows: 1), Size(columns: 2, rows: 1),
        Size(columns: 20, rows: 5),
    ])
    func everyWidgetSurvivesTinySizes(size: Size) {
        let canvas = GridCanvas(size: size)
        let all = canvas.bounds
        TooSmallScreen(message: "Agrandissez la fenêtre").draw(on: canvas)
        Label("Relevés de consommation", style: .title, wraps: true).draw(in: all, on: canvas)
        TextField(label: "Index", state: TextFieldState(text: "日本語"), isFocused: true).draw(
            in: all, on: canvas)
        TextField(state: TextFieldState(text: "secret"), isFocused: true, isMasked: true).draw(
            in: all, on: canvas)
        Checkbox(label: "x", isChecked: true, isFocused: true).draw(in: all, on: canvas)
        Button(title: "OK", isFocused: true).draw(in: all, on: canvas)
        Table(
            columns: [TableColumn("A", width: .fixed(10)), TableColumn("B", width: .flexible(min: 30))],
            rows: [["1", "2"], ["3", "4"]], state: TableState(selectedIndex: 1)
        ).draw(in: all, on: canvas)
        BarChart(bars: [BarChart.Bar(label: "T1", current: 5, previousYear: 7, isFlagged: true)]).draw(
            in: all, on: canvas)
        Spinner(frame: 3, label: "Chargement").draw(in: all, on: canvas)
        Toast(message: "Enregistré").draw(in: Toast(message: "Enregistré").frame(in: all), on: canvas)
        Dialog(title: "Quitter ?", message: "Des saisies seront perdues.", buttons: ["Oui", "Non"]).draw(
            in: all, on: canvas)
        Frame(title: "Cadre").draw(in: all, on: canvas)
        KeyHintBar(hints: [KeyHint(keys: "F10/q", label: "Quitter")]).draw(
            in: all.splitBottom(1).bottom, on: canvas)
        #expect(canvas.rows.count == size.rows)
        #expect(canvas.rows.allSatisfy { Sanitizer.displayWidth($0) == size.columns })
        if let cursor = canvas.cursor { #expect(all.contains(cursor)) }
    }
}
