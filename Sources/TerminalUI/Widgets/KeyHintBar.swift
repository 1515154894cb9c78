/// One entry of the key-hint bar: the keys (`"F2/a"`) and what they do (`"Accueil"`).
public struct KeyHint: Sendable, Hashable {
    /// Keys, as shown (`F2/a`).
    public var keys: String
    /// What they do (`Accueil`).
    public var label: String

    public init(keys: String, label: String) {
        self.keys = keys
        self.label = label
    }
}

/// The bottom bar of keys, mc/htop style: `F1/? Aide F2/a Accueil …`, keys in the key style and
/// labels in the label style.
///
/// When short of room it degrades in steps, keeping every key as long as possible: labels are
/// shortened (with `…`, down to 3 cells), then dropped (keys only), then hints are dropped
/// from the end.
public struct KeyHintBar: Sendable {
    /// Hints, most important first (the last are dropped when short of room).
    public var hints: [KeyHint]

    public init(hints: [KeyHint]) {
        self.hints = hints
    }

    /// The (keys, label) pairs to draw in `width` cells, after degrading as described above.
    public func layout(width: Int) -> [(keys: String, label: String)] {
        guard width > 0 else { return [] }
        let keys = hints.map { Sanitizer.clean($0.keys) }
        let labels = hints.map { Sanitizer.clean($0.label) }
        let longest = labels.map(Sanitizer.displayWidth).max() ?? 0
        for limit in stride(from: longest, through: 3, by: -1) {
            let shortened = labels.map { Sanitizer.truncate($0, toWidth: limit) }
            if totalWidth(keys: keys, labels: shortened) <= width { return Array(zip(keys, shortened)) }
        }
        var shown = keys.map { ($0, "") }
        while !shown.isEmpty, totalWidth(keys: shown.map(\.0), labels: shown.map(\.1)) > width {
            shown.removeLast()
        }
        return shown.map { (keys: $0.0, label: $0.1) }
    }

    /// Cells taken: each hint is `keys`, then ` label` if any, hints separated by one space.
    private func totalWidth(keys: [String], labels: [String]) -> Int {
        var total = 0
        for (key, label) in zip(keys, labels) {
            total += Sanitizer.displayWidth(key) + (label.isEmpty ? 0 : 1 + Sanitizer.displayWidth(label))
        }
        return total + max(0, keys.count - 1)
    }

    /// Draws on the first row of `rect`, clearing the rest of the row.
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        let row = Rect(origin: rect.origin, size: Size(columns: rect.size.columns, rows: 1))
        canvas.clear(row)
        var column = row.minColumn
        for (index, hint) in layout(width: row.size.columns).enumerated() {
            if index > 0 { column += 1 }
            column += canvas.put(
                hint.keys, at: Point(column: column, row: row.minRow), style: .keyHint,
                maxWidth: row.maxColumn - column)
            if !hint.label.isEmpty {
                column += canvas.put(
                    " " + hint.label, at: Point(column: column, row: row.minRow), style: .keyHintLabel,
                    maxWidth: row.maxColumn - column)
            }
        }
    }
}
