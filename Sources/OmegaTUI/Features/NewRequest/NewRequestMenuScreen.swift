import SelfService
import TerminalUI

/// Nouvelle demande (`n`): "Transmettre un index", "Mettre à jour mes coordonnées", then the
/// kinds of ours the server accepts; when it accepts none (a real OmegaWEB), one sentence
/// says that the rest is to be asked of the water service directly.
enum NewRequestMenuScreen {
    static func render(_ context: RenderContext, on canvas: some Canvas) {
        let strings = context.strings
        let areas = ScreenLayout.listAreas(for: .newRequestMenu, size: canvas.size)
        canvas.put(strings[.newRequestIntro], in: areas.status.splitTop(1).top, style: .title)
        let content = ListContent(
            .newRequestMenu, state: context.state, strings: strings, today: context.ui.today)
        let menu = Rect(
            column: areas.table.minColumn + 2, row: areas.table.minRow,
            columns: min(50, areas.table.size.columns - 2),
            rows: min(context.state.newRequest.kinds.count + 1, areas.table.size.rows))
        ListStatusLine.table(
            [TableColumn(strings[.screenNouvelleDemande], width: .flexible(min: 10))], content: content,
            context: context, empty: "", showsHeader: false
        ).draw(in: menu, on: canvas)
        var row = menu.maxRow + 1
        if context.state.newRequest.othersUnavailable {
            row = Draw.paragraph(
                strings[.menuOthersUnavailable], row: row, in: areas.table, on: canvas, style: .muted)
        }
        if context.state.selectedContract?.pconsoId == nil,
            context.state.newRequest.highlightedKind == .transmettreIndex
        {
            Draw.line(strings[.noPointDeConsommation], row: row, in: areas.table, on: canvas, style: .warning)
        }
    }
}
