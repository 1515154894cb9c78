import TerminalUI

/// Where things go on a canvas of a given size; the key mapper uses the same rectangles to
/// know how many rows a page holds.
public enum ScreenLayout {
    /// The header row.
    public static func header(_ size: Size) -> Rect {
        Rect(size: size).splitTop(1).top
    }

    /// The key-hint bar (the last row).
    public static func keyBar(_ size: Size) -> Rect {
        Rect(size: size).splitBottom(1).bottom
    }

    /// The area between the header and the key bar, with a one-column margin.
    public static func body(_ size: Size) -> Rect {
        Rect(size: size).splitTop(1).rest.splitBottom(1).rest.inset(columns: 1, rows: 0)
    }

    /// Rows under a list table on each list screen (chart, detail, timeline, message body).
    static func paneHeight(for list: ListID, body: Rect) -> Int {
        switch list {
        case .readings: return max(8, body.size.rows / 3)
        case .invoices: return max(9, body.size.rows / 3)
        case .requests: return max(7, body.size.rows / 3)
        case .messages: return max(6, body.size.rows / 2)
        case .contracts, .newRequestMenu: return 0
        }
    }

    /// The splits of a list screen: a status row, the table, and the pane below it.
    public static func listAreas(for list: ListID, size: Size) -> (status: Rect, table: Rect, pane: Rect) {
        let body = body(size)
        let intro = list == .contracts || list == .newRequestMenu ? 2 : 1
        let (status, rest) = body.splitTop(intro)
        let pane = paneHeight(for: list, body: body)
        let (table, below) = rest.splitBottom(pane)
        return (status, table, below)
    }

    /// How many data rows the table of `list` shows at `size`.
    public static func pageSize(for list: ListID, size: Size) -> Int {
        Table.pageSize(height: listAreas(for: list, size: size).table.size.rows, showsHeader: true)
    }
}
