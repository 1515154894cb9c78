import Testing

@testable import TerminalUI

@Suite("GridCanvas")
struct GridCanvasTests {
    @Test func putsTextAndReportsCellsWritten() {
        let canvas = GridCanvas(columns: 10, rows: 2)
        let written = canvas.put("Relevés", at: Point(column: 1, row: 1), style: .title)
        #expect(written == 7)
        #expect(canvas.rows == ["          ", " Relevés  "])
        #expect(canvas.style(at: Point(column: 1, row: 1)) == .title)
        #expect(canvas.style(at: Point(column: 0, row: 1)) == .normal)
    }

    @Test func clipsAtRightEdgeAndMaxWidth() {
        let canvas = GridCanvas(columns: 6, rows: 1)
        #expect(canvas.put("abcdefgh", at: Point(column: 2, row: 0)) == 4)
        #expect(canvas.rows == ["  abcd"])
        canvas.clearAll()
        #expect(canvas.put("abcdefgh", at: .zero, style: .normal, maxWidth: 3) == 3)
        #expect(canvas.rows == ["abc   "])
    }

    @Test func ignoresWritesOutsideTheGrid() {
        let canvas = GridCanvas(columns: 4, rows: 2)
        #expect(canvas.put("x", at: Point(column: 0, row: 2)) == 0)
        #expect(canvas.put("x", at: Point(column: 0, row: -1)) == 0)
        #expect(canvas.put("x", at: Point(column: 4, row: 0)) == 0)
        #expect(canvas.put("abcdef", at: Point(column: -2, row: 0)) == 4)
        #expect(canvas.rows == ["cdef", "    "])
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        let canvas = GridCanvas(columns: 5, rows: 2)
        #expect(canvas.put("日本語", at: .zero) == 4)  // the third ideograph would need columns 4-5
        #expect(canvas.rows[0] == "日本 ")
        #expect(Sanitizer.displayWidth(canvas.rows[0]) == 5)
        #expect(canvas.put("a😀b", at: Point(column: 0, row: 1)) == 4)
        #expect(canvas.rows[1] == "a😀b ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        let canvas = GridCanvas(columns: 4, rows: 1)
        canvas.put("日本", at: .zero)
        canvas.put("x", at: Point(column: 1, row: 0))
        #expect(canvas.rows == [" x本"])
        canvas.put("y", at: Point(column: 2, row: 0))
        #expect(canvas.rows == [" xy "])
    }

    @Test func decomposedAccentsAreComposedIntoOneCell() {
        let canvas = GridCanvas(columns: 6, rows: 1)
        #expect(canvas.put("e\u{301}te\u{301}", at: .zero) == 3)
        #expect(canvas.rows == ["été   "])
    }

    @Test func unitsAndCurrencyAreOneCellEach() {
        #expect(Sanitizer.displayWidth("37 m³") == 5)
        #expect(Sanitizer.displayWidth("1 234,56 €") == 10)
        #expect(Sanitizer.displayWidth("20 °C …") == 7)
        let canvas = GridCanvas(columns: 5, rows: 1)
        #expect(canvas.put("12 m³ de plus", at: .zero) == 5)
        #expect(canvas.rows == ["12 m³"])
    }

    @Test func controlCharactersNeverReachTheGrid() {
        let canvas = GridCanvas(columns: 12, rows: 1)
        canvas.put("a\u{1B}[2Jb\u{7}c", at: .zero)
        #expect(canvas.rows == ["abc         "])
    }

    @Test func fillClipsToTheCanvas() {
        let canvas = GridCanvas(columns: 4, rows: 3)
        canvas.fill(Rect(column: 2, row: 1, columns: 10, rows: 10), with: "#", style: .border)
        #expect(canvas.rows == ["    ", "  ##", "  ##"])
        #expect(canvas.style(at: Point(column: 3, row: 2)) == .border)
    }

    @Test func textTrimsTrailingSpacesAndFindLocatesCells() {
        let canvas = GridCanvas(columns: 8, rows: 2)
        canvas.put("日本 ok", at: Point(column: 0, row: 1))
        #expect(canvas.text == "\n日本 ok")
        #expect(canvas.find("ok") == Point(column: 5, row: 1))
        #expect(canvas.find("absent") == nil)
    }

    @Test(arguments: [Size(columns: 0, rows: 0), Size(columns: 1, rows: 1), Size(columns: 20, rows: 5)])
    func tinySizesNeverCrash(size: Size) {
        let canvas = GridCanvas(size: size)
        canvas.put("日本語 e\u{301} 😀", at: .zero)
        canvas.put("x", at: Point(column: size.columns - 1, row: size.rows - 1))
        canvas.fill(Rect(column: -5, row: -5, columns: 100, rows: 100), with: "日", style: .normal)
        canvas.put("x", at: Point(column: Int.max, row: 0), style: .normal, maxWidth: Int.max)
        canvas.put("x", at: Point(column: Int.min, row: 0), style: .normal, maxWidth: -3)
        #expect(canvas.rows.count == size.rows)
        #expect(canvas.rows.allSatisfy { Sanitizer.displayWidth($0) == size.columns })
    }
}
