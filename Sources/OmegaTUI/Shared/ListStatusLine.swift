import SelfService
import TerminalUI

/// The row above a list: a summary on the left; the filter being typed or applied on the right.
enum ListStatusLine {
    static func draw(
        _ summary: String, list: ListID, content: ListContent, context: RenderContext, in rect: Rect,
        on canvas: some Canvas
    ) {
        let row = rect.splitTop(1).top
        let filter = context.ui.filter(of: list)
        guard context.ui.isEditingFilter || !filter.isEmpty else {
            canvas.put(summary, in: row, style: .muted)
            return
        }
        let text =
            context.ui.isEditingFilter
            ? context.strings[.filterPrompt] + filter
            : context.strings(.filterActive, filter)
        let width = min(row.size.columns / 2, Sanitizer.displayWidth(text) + 1)
        let (left, right) = row.splitLeft(row.size.columns - width)
        canvas.put(summary, in: left, style: .muted)
        canvas.put(text, in: right, style: context.ui.isEditingFilter ? .focusedField : .warning)
        if context.ui.isEditingFilter {
            canvas.cursor = Point(
                column: min(right.maxColumn - 1, right.minColumn + Sanitizer.displayWidth(text)),
                row: right.minRow)
        }
    }

    /// The table of a list: only the rows the filter lets through, the selection on the
    /// view-model's selected row, scrolled as the key mapper scrolled it.
    static func table(
        _ columns: [TableColumn], content: ListContent, context: RenderContext, empty: String,
        rowStyle: ((Int) -> Style)? = nil, showsHeader: Bool = true
    ) -> Table {
        let visible = content.visible
        let rows = content.rows
        return Table(
            columns: columns, rowCount: visible.count, row: { rows[visible[$0]] },
            rowStyle: rowStyle.map { style in { style(visible[$0]) } },
            state: TableState(
                selectedIndex: content.visibleSelection, offset: context.ui.offset(of: content.list)),
            isFocused: !context.ui.isEditingFilter, showsHeader: showsHeader, emptyMessage: empty)
    }

    /// The row above a paged list: "26 relevés", "40 relevés sur 60 · chargement de la
    /// suite…", "2 relevés sur 26" while a filter hides some, the rows the server sent that
    /// could not be read (none disappears without a word), or the failure of the last load.
    static func summary<Item>(
        _ list: PagedList<Item>, content: ListContent, counting noun: Counted, context: RenderContext
    ) -> String {
        let strings = context.strings
        if let error = list.error { return strings.failure(error) }
        if list.isLoading, list.items.isEmpty {
            return
                "\(Spinner(frame: context.ui.spinnerFrame, glyphs: context.glyphs).currentGlyph) \(strings[.loading])"
        }
        var parts = [
            content.visible.count == content.rows.count
                ? strings.count(list.items.count, of: list.total ?? list.items.count, noun)
                : strings.count(content.visible.count, of: list.items.count, noun)
        ]
        if list.isLoading { parts.append(strings[.loadingMore]) }
        switch list.unreadable {
        case 0: break
        case 1: parts.append(strings[.unreadableRowsOne])
        default: parts.append(strings(.unreadableRowsMany, String(list.unreadable)))
        }
        return parts.joined(separator: " · ")
    }
}
