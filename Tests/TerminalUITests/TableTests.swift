import Testing

@testable import TerminalUI

@Suite("Table")
struct TableTests {
    private let columns = [
        TableColumn("Date", width: .fixed(10)),
        TableColumn("Index", width: .fixed(7), alignment: .right),
        TableColumn("Type", width: .flexible(min: 4)),
    ]

    private func rows(_ count: Int) -> [[String]] {
        (0..<count).map { ["0\($0 % 10)/01/2024", "\($0 * 37)", $0 % 2 == 0 ? "réel" : "estimé"] }
    }

    @Test func alignsColumnsAndRightAlignsNumbers() {
        let canvas = GridCanvas(columns: 30, rows: 4)
        let table = Table(
            columns: columns, rows: [["20/10/2009", "1234", "réel"], ["21/10/2009", "7", "estimé"]],
            state: TableState(), isFocused: false)
        table.draw(in: canvas.bounds, on: canvas)
        #expect(
            canvas.rows == [
                "Date         Index Type       ",
                "20/10/2009    1234 réel       ",
                "21/10/2009       7 estimé     ",
                "                              ",
            ])
        #expect(canvas.style(at: Point(column: 0, row: 0)) == .header)
    }

    @Test func selectedRowIsStyledAndHoldsTheCursor() {
        let canvas = GridCanvas(columns: 30, rows: 4)
        Table(columns: columns, rows: rows(3), state: TableState(selectedIndex: 1)).draw(
            in: canvas.bounds, on: canvas)
        #expect(canvas.style(at: Point(column: 0, row: 2)) == .selected)
        #expect(canvas.style(at: Point(column: 29, row: 2)) == .selected)
        #expect(canvas.style(at: Point(column: 0, row: 1)) == .normal)
        #expect(canvas.cursor == Point(column: 0, row: 2))
    }

    @Test func flexibleColumnsShareTheRemainingWidth() {
        let table = Table(
            columns: [
                TableColumn("A", width: .fixed(5)), TableColumn("B", width: .flexible(min: 2)),
                TableColumn("C", width: .flexible(min: 2)),
            ], rows: [], state: TableState())
        #expect(table.columnWidths(totalWidth: 20) == [5, 6, 7])
        #expect(table.columnWidths(totalWidth: 5) == [5, 2, 2])
    }

    @Test func movesAndScrollsBothWays() {
        var state = TableState()
        let count = 100
        let page = 10
        state.apply(.down, rowCount: count, pageSize: page)
        #expect(state.selectedIndex == 1)
        #expect(state.offset == 0)
        state.apply(.pageDown, rowCount: count, pageSize: page)
        #expect(state.selectedIndex == 11)
        #expect(state.offset == 2)
        state.apply(.end, rowCount: count, pageSize: page)
        #expect(state.selectedIndex == 99)
        #expect(state.offset == 90)
        state.apply(.pageDown, rowCount: count, pageSize: page)
        #expect(state.selectedIndex == 99)
        state.apply(.pageUp, rowCount: count, pageSize: page)
        #expect(state.selectedIndex == 89)
        #expect(state.offset == 89)
        state.apply(.home, rowCount: count, pageSize: page)
        #expect(state == TableState(selectedIndex: 0, offset: 0))
        state.apply(.up, rowCount: count, pageSize: page)
        #expect(state.selectedIndex == 0)
        let consumed1 = state.apply(.enter, rowCount: count, pageSize: page)
        #expect(!consumed1)
        #expect(state.isNearEnd(rowCount: count, pageSize: page) == false)
        state.apply(.end, rowCount: count, pageSize: page)
        #expect(state.isNearEnd(rowCount: count, pageSize: page))
    }

    @Test func emptyTablesAndShrinkingListsStayInRange() {
        var state = TableState(selectedIndex: 50, offset: 45)
        state.clamp(rowCount: 0, pageSize: 10)
        #expect(state == TableState(selectedIndex: 0, offset: 0))
        state = TableState(selectedIndex: 50, offset: 45)
        state.clamp(rowCount: 20, pageSize: 10)
        #expect(state == TableState(selectedIndex: 19, offset: 10))
        let canvas = GridCanvas(columns: 30, rows: 3)
        Table(columns: columns, rows: [], state: state, emptyMessage: "Aucun relevé").draw(
            in: canvas.bounds, on: canvas)
        #expect(canvas.rows[1].hasPrefix("Aucun relevé"))
    }

    @Test func virtualScrollingAsksOnlyForVisibleRows() {
        final class Counter: @unchecked Sendable { var asked: [Int] = [] }
        let counter = Counter()
        let canvas = GridCanvas(columns: 30, rows: 6)
        let table = Table(
            columns: columns, rowCount: 1_000_000,
            row: { index in
                counter.asked.append(index)
                return ["r\(index)", "\(index)", ""]
            }, state: TableState(selectedIndex: 500_000))
        table.draw(in: canvas.bounds, on: canvas)
        #expect(counter.asked == Array(499_996...500_000))
        #expect(canvas.rows[5].hasPrefix("r500000"))
        #expect(canvas.style(at: Point(column: 0, row: 5)) == .selected)
    }

    @Test func rowStyleAppliesExceptOnTheSelection() {
        let canvas = GridCanvas(columns: 30, rows: 4)
        Table(
            columns: columns, rowCount: 3, row: { _ in ["a", "1", "b"] },
            rowStyle: { $0 == 2 ? .error : .normal },
            state: TableState(selectedIndex: 0)
        ).draw(in: canvas.bounds, on: canvas)
        #expect(canvas.style(at: Point(column: 0, row: 3)) == .error)
        #expect(canvas.style(at: Point(column: 0, row: 1)) == .selected)
    }

    @Test func cellsAreTruncatedWithinTheirColumn() {
        let canvas = GridCanvas(columns: 30, rows: 2)
        Table(
            columns: columns, rows: [["20/10/2009 12:00", "12345678", "estimation du service"]],
            state: TableState()
        )
        .draw(in: canvas.bounds, on: canvas)
        #expect(canvas.rows[1] == "20/10/200… 123456… estimation…")
    }
}
