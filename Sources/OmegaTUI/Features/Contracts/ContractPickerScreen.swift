import SelfService
import TerminalUI

/// The contract picker (`c`/F9): every contract of the subscriber; Enter chooses.
enum ContractPickerScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let areas = ScreenLayout.listAreas(for: .contracts, size: canvas.size)
        canvas.put(strings[.pickerIntro], in: areas.status.splitTop(1).top, style: .muted)
        let content = ListContent(.contracts, state: context.state, strings: strings, today: context.ui.today)
        let columns = [
            TableColumn(strings[.dashContract], width: .fixed(14)),
            TableColumn(strings[.dashAddress], width: .flexible(min: 20)),
            TableColumn(strings[.dashMeter], width: .fixed(14)),
            TableColumn(strings[.colStatus], width: .fixed(8)),
        ]
        let selected = context.state.contracts.selectedId
        let contracts = context.state.contracts.items
        ListStatusLine.table(
            columns, content: content, context: context,
            empty: context.state.contracts.hasLoaded ? strings[.noData] : strings[.loading],
            rowStyle: { contracts[$0].id == selected ? Style(.normal, adding: .bold) : .normal }
        ).draw(in: areas.table.splitBottom(3).rest, on: canvas)
        // The highlighted contract's address in full: the table cuts long ones.
        let highlighted = context.state.contracts.highlighted
        guard contracts.indices.contains(highlighted) else { return }
        let below = areas.table.splitBottom(3).bottom
        Draw.paragraph(
            strings(.pickerAddress, contracts[highlighted].adresse), row: below.minRow + 1, in: below,
            on: canvas,
            style: .muted)
    }
}
