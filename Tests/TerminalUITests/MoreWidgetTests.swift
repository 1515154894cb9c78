import Testing

@testable import TerminalUI

@Suite("More widgets")
struct MoreWidgetTests {
    @Test func tabBarHighlightsTheCurrentTab() {
        let canvas = GridCanvas(columns: 40, rows: 1)
        TabBar(titles: ["Accueil", "Relevés", "Factures"], selectedIndex: 1).draw(
            in: canvas.bounds, on: canvas)
        #expect(canvas.text == " Accueil  Relevés  Factures")
        #expect(canvas.style(at: Point(column: 9, row: 0)) == .selected)
        #expect(canvas.style(at: Point(column: 1, row: 0)) == .normal)
    }

    @Test func tabBarKeepsTheSelectedTabVisibleWhenNarrow() {
        let canvas = GridCanvas(columns: 12, rows: 1)
        TabBar(titles: ["Accueil", "Relevés", "Factures"], selectedIndex: 2).draw(
            in: canvas.bounds, on: canvas)
        #expect(canvas.text == " Factures")
    }

    @Test func keyValueListAlignsValuesRight() {
        let canvas = GridCanvas(columns: 24, rows: 3)
        KeyValueList(rows: [
            KeyValueList.Row("Montant HT", "61,39 €"), KeyValueList.Row("TVA", "3,38 €"),
            KeyValueList.Row("Net à payer", "64,77 €", style: .title),
        ]).draw(in: canvas.bounds, on: canvas)
        #expect(
            canvas.rows == [
                "Montant HT       61,39 €", "TVA               3,38 €", "Net à payer      64,77 €",
            ])
        #expect(canvas.style(at: Point(column: 23, row: 2)) == .title)
        #expect(canvas.style(at: Point(column: 0, row: 0)) == .muted)
    }

    @Test func textViewScrollsAndMarksHiddenLines() {
        let text = (1...10).map { "ligne \($0)" }.joined(separator: "\n")
        let height = TextView.contentHeight(of: text, width: 12)
        #expect(height == 10)
        var scroll = ScrollState()
        scroll.apply(.pageDown, contentHeight: height, pageSize: 3)
        #expect(scroll.offset == 3)
        scroll.apply(.end, contentHeight: height, pageSize: 3)
        #expect(scroll.offset == 7)
        scroll.apply(.up, contentHeight: height, pageSize: 3)
        let canvas = GridCanvas(columns: 12, rows: 3)
        TextView(text: text, scroll: scroll).draw(in: canvas.bounds, on: canvas)
        #expect(canvas.rows == ["ligne 7    ↑", "ligne 8     ", "ligne 9    ↓"])
        let enterScrolls = scroll.apply(.enter, contentHeight: height, pageSize: 3)
        #expect(!enterScrolls)
    }

    @Test func focusRingWrapsBothWays() {
        var ring = FocusRing(count: 3)
        #expect(ring.isFocused(0))
        ring.apply(.tab)
        ring.apply(.down)
        #expect(ring.index == 2)
        ring.apply(.tab)
        #expect(ring.index == 0)
        ring.apply(.backTab)
        #expect(ring.index == 2)
        let enterMoves = ring.apply(.enter)
        #expect(!enterMoves)
        ring.focus(10)
        #expect(ring.index == 2)
        var empty = FocusRing(count: 0)
        empty.apply(.tab)
        #expect(!empty.isFocused(0))
    }

    @Test(arguments: [Size(columns: 0, rows: 0), Size(columns: 1, rows: 1), Size(columns: 20, rows: 5)])
    func newWidgetsSurviveTinySizes(size: Size) {
        let canvas = GridCanvas(size: size)
        TabBar(titles: ["Accueil", "Relevés"], selectedIndex: 5).draw(in: canvas.bounds, on: canvas)
        KeyValueList(rows: [KeyValueList.Row("Montant", "1 234,56 €")]).draw(in: canvas.bounds, on: canvas)
        TextView(text: "un texte assez long pour défiler", scroll: ScrollState(offset: 99))
            .draw(in: canvas.bounds, on: canvas)
        #expect(canvas.rows.allSatisfy { Sanitizer.displayWidth($0) == size.columns })
    }
}
