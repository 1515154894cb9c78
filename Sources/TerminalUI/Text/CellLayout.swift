/// One character placed on a row by ``CellLayout``.
struct PlacedCharacter: Equatable {
    /// Column of the character's first cell.
    let column: Int
    /// The grapheme cluster to draw.
    let character: Character
    /// Cells it takes: 1 or 2.
    let width: Int
}

/// Shared clipping rules of every canvas: which characters of a string land in which cells.
enum CellLayout {
    /// Places the sanitised `text` from `startColumn`, keeping only characters that fit
    /// entirely in `[0, limitColumn)`. Zero-width clusters are dropped; a wide character that
    /// would straddle either edge is dropped rather than split.
    static func place(_ text: String, startColumn: Int, limitColumn: Int) -> [PlacedCharacter] {
        // Also keeps the arithmetic below far from Int.min / Int.max.
        guard startColumn < limitColumn, limitColumn > 0 else { return [] }
        let cleaned = Sanitizer.clean(text)
        var placed: [PlacedCharacter] = []
        var column = startColumn
        for character in cleaned {
            let width = Sanitizer.width(of: character)
            guard width > 0 else { continue }
            if column > limitColumn - width { break }  // written this way to never overflow
            if column >= 0 {
                placed.append(PlacedCharacter(column: column, character: character, width: width))
            }
            column += width
        }
        return placed
    }

    /// The first column past the area `put` may write: the canvas edge, or `maxWidth` cells
    /// from `start` if that comes first.
    static func limit(start: Int, maxWidth: Int?, canvasWidth: Int) -> Int {
        guard let maxWidth else { return canvasWidth }
        let (sum, overflow) = start.addingReportingOverflow(max(0, maxWidth))
        return overflow ? canvasWidth : min(canvasWidth, sum)
    }
}
