import Foundation
import TerminalUI

/// Cost of drawing a full-screen table with accents and wide characters into the grid canvas.
struct RenderBenchmark {
    let frames: Int

    func run() async {
        let rows = (0..<5000).map { index in
            [
                "\(10 + index % 18)/0\(1 + index % 9)/2024", "\(12_000 + index * 37)", "\(index % 90) m³",
                "Réel", "—",
            ]
        }
        let columns = [
            TableColumn("Date", width: .fixed(10)), TableColumn("Index", width: .fixed(8), alignment: .right),
            TableColumn("Conso.", width: .fixed(8), alignment: .right),
            TableColumn("Type", width: .flexible(min: 6)),
            TableColumn("Alerte", width: .fixed(6)),
        ]
        for (width, height) in [(80, 24), (132, 43)] {
            let canvas = GridCanvas(columns: width, rows: height)
            var state = TableState()
            let seconds = await Measure.seconds {
                for frame in 0..<frames {
                    state.selectedIndex = frame % rows.count
                    state.clamp(rowCount: rows.count, pageSize: Table.pageSize(height: height))
                    canvas.clearAll()
                    Table(columns: columns, rows: rows, state: state)
                        .draw(in: Rect(column: 0, row: 0, columns: width, rows: height), on: canvas)
                }
            }
            print(
                String(
                    format: "render: %dx%d table frame in %.1f µs (%d frames)", width, height,
                    seconds / Double(frames) * 1e6, frames))
        }
    }
}
