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
            : context.strings(.filterActive, filter, String(content.visible.count))
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

    /// "3 relevés sur 25 · 22 lignes illisibles…": the summary of a paged list, with the rows
    /// the server sent that could not be read, so none disappears without a word.
    static func withUnreadable(_ summary: String, _ unreadable: Int, strings: Strings) -> String {
        switch unreadable {
        case 0: return summary
        case 1: return summary + " · " + strings[.unreadableRowsOne]
        default: return summary + " · " + strings(.unreadableRowsMany, String(unreadable))
        }
    }
}
