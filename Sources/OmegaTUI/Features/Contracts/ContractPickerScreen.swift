import SelfService
import TerminalUI

/// The contract picker (`c`/F9): every contract of the subscriber; Enter chooses.
enum ContractPickerScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let areas = ScreenLayout.listAreas(for: .contracts, size: canvas.size)
        canvas.put(strings[.pickerIntro], in: areas.status.splitTop(1).top, style: .muted)
        let content = ListContent(.contracts, state: context.state, strings: strings)
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
        ).draw(in: areas.table, on: canvas)
    }
}
