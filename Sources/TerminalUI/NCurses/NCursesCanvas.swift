import CNCursesW

#if canImport(Glibc)
    import Glibc
#endif

/// The real terminal as a ``Canvas``, drawing into ncurses' `stdscr`.
///
/// A frame is drawn in full into `stdscr` (ncurses' back buffer), then ``Terminal/present()``
/// calls `wnoutrefresh` and `doupdate`, so ncurses compares it with what the screen shows and
/// sends only the cells that changed. The screen is never `clear()`ed between frames.
///
/// Created and owned by ``Terminal``; like every ncurses call, use it from the main actor only.
public final class NCursesCanvas: Canvas {
    public private(set) var size: Size
    public var cursor: Point?
    private let palette: ColorPairPalette

    init(palette: ColorPairPalette) {
        self.palette = palette
        self.size = Self.currentSize()
    }

    /// Re-reads the size of `stdscr` (after `KEY_RESIZE` or `resizeterm`).
    func refreshSize() {
        size = Self.currentSize()
    }

    private static func currentSize() -> Size {
        guard let screen = omega_stdscr() else { return .zero }
        return Size(columns: Int(getmaxx(screen)), rows: Int(getmaxy(screen)))
    }

    /// Blanks the back buffer before a new frame (`werase`: no forced full repaint).
    func beginFrame() {
        guard let screen = omega_stdscr() else { return }
        wattr_set(screen, omega_a_normal(), 0, nil)
        werase(screen)
        cursor = nil
    }

    @discardableResult
    public func put(_ text: String, at point: Point, style: Style, maxWidth: Int?) -> Int {
        guard point.row >= 0, point.row < size.rows else { return 0 }
        let limit = CellLayout.limit(start: point.column, maxWidth: maxWidth, canvasWidth: size.columns)
        let look = palette.look(for: style)
        var written = 0
        for placed in CellLayout.place(text, startColumn: point.column, limitColumn: limit) {
            putCell(placed.character, width: placed.width, row: point.row, column: placed.column, look: look)
            written += placed.width
        }
        return written
    }

    public func fill(_ rect: Rect, with character: Character, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cleaned = Sanitizer.clean(String(character)).first ?? " "
        let fillCharacter: Character = Sanitizer.width(of: cleaned) == 1 ? cleaned : " "
        let look = palette.look(for: style)
        for row in area.minRow..<area.maxRow {
            for column in area.minColumn..<area.maxColumn {
                putCell(fillCharacter, width: 1, row: row, column: column, look: look)
            }
        }
    }

    /// Writes one character cell. ncurses takes a spacing character plus combining ones; for
    /// clusters it cannot hold (emoji sequences, flags) the first character is drawn and the
    /// cells our width counts but ncurses would not are padded with spaces.
    private func putCell(
        _ character: Character, width: Int, row: Int, column: Int, look: ColorPairPalette.Look
    ) {
        var characters: [wchar_t] = []
        for scalar in character.unicodeScalars {
            let value = wchar_t(bitPattern: scalar.value)
            if characters.isEmpty {
                characters.append(value)
            } else if omega_wcwidth(value) == 0, characters.count < 5 {
                characters.append(value)
            }
        }
        let drawnWidth = Int(max(1, omega_wcwidth(characters.first ?? 0x20)))
        // Cannot happen with wcwidth-based widths; a "?" would keep the grid aligned if it did.
        if drawnWidth > width { characters = [0x3F] }
        characters.append(0)
        _ = characters.withUnsafeBufferPointer { buffer in
            omega_put_cell(Int32(row), Int32(column), buffer.baseAddress, look.attributes, look.pair)
        }
        var padding = min(drawnWidth, width)
        while padding < width {
            let space: [wchar_t] = [0x20, 0]
            _ = space.withUnsafeBufferPointer { buffer in
                omega_put_cell(
                    Int32(row), Int32(column + padding), buffer.baseAddress, look.attributes, look.pair)
            }
            padding += 1
        }
    }

    /// Shows the frame: moves the hardware cursor to ``cursor`` (or the top-left corner: the
    /// cursor is never hidden, braille displays need it) and lets ncurses send the changes.
    func present() {
        guard let screen = omega_stdscr() else { return }
        let target = cursor.flatMap { bounds.contains($0) ? $0 : nil } ?? .zero
        if !bounds.isEmpty { wmove(screen, Int32(target.row), Int32(target.column)) }
        wnoutrefresh(screen)
        doupdate()
    }
}
