/// A short notification on one row (a request's status changed, a draft was saved…).
public struct Toast: Sendable, Hashable {
    /// What the toast reports; decides its style.
    public enum Kind: Sendable, Hashable {
        /// Neutral information.
        case info
        /// Something succeeded (saved, sent, done).
        case success
        /// Something failed.
        case error
    }

    /// Text shown.
    public var message: String
    /// Info, success or error.
    public var kind: Kind

    public init(message: String, kind: Kind = .info) {
        self.message = message
        self.kind = kind
    }

    /// How long a toast usually stays on screen.
    public static let displayDuration: Duration = .seconds(4)

    private var style: Style {
        switch kind {
        case .info: return .toast
        case .success: return Style(.success, adding: .reverse)
        case .error: return Style(.error, adding: .reverse)
        }
    }

    /// The rectangle a toast takes in `bounds`: one row above the bottom row (where the key
    /// bar lives), right-aligned, as wide as the message plus padding.
    public func frame(in bounds: Rect) -> Rect {
        let width = min(bounds.size.columns, Sanitizer.displayWidth(message) + 2)
        let row = max(bounds.minRow, bounds.maxRow - 2)
        return Rect(column: bounds.maxColumn - width, row: row, columns: width, rows: bounds.isEmpty ? 0 : 1)
    }

    /// Draws the toast into `rect` (usually ``frame(in:)``).
    public func draw(in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        let row = Rect(origin: rect.origin, size: Size(columns: rect.size.columns, rows: 1))
        canvas.fill(row, with: " ", style: style)
        let padded = row.inset(columns: 1, rows: 0)  // a cell of padding on each side when room allows
        canvas.put(message, in: padded.isEmpty ? row : padded, style: style)
    }
}
