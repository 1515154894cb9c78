import Foundation
import SelfService
import TerminalUI

/// What only the terminal front end keeps: cursors inside fields, list scrolling, list
/// filters, the spinner frame and the terminal size. The view-model (`AppState`) keeps the
/// values themselves; this keeps how they are being looked at.
public struct UIState: Equatable, Sendable {
    /// The canvas size the last frame was drawn at (lists page by what fits).
    public var size: Size
    /// The spinner's frame, advanced by the loop's timer while work is in flight.
    public var spinnerFrame = 0
    /// The filter typed with `/` per list (empty: no filter).
    public var filters: [ListID: String] = [:]
    /// Whether keys currently type into the filter of the list on screen.
    public var isEditingFilter = false
    /// The focused button of the quit dialog (0: quit, 1: stay).
    public var dialogButton = 0
    /// Kiosk mode: the seconds left before the idle timeout while its warning shows.
    public var idleWarningSeconds: Int?
    /// Today, for what depends on the date (an invoice past its due date); the shell keeps it
    /// current, tests fix it.
    public var today: Date
    /// The first row of the service's question shown on Répondre au service (PgUp/PgDn).
    public var questionScroll = 0
    /// Editing state (cursor) of the fields typed into, by field.
    var editors: [FieldID: TextFieldState] = [:]
    /// First visible row per list.
    var offsets: [ListID: Int] = [:]

    /// A front-end state for a terminal of `size`, on `today`.
    public init(size: Size = Size(columns: 80, rows: 24), today: Date = Date()) {
        self.size = size
        self.today = today
    }

    /// The editing state of `field` showing `text`: the one kept (with its cursor) when it
    /// still holds that text, else a fresh one with the cursor at the end.
    public func editor(for field: FieldID, text: String) -> TextFieldState {
        if let kept = editors[field], kept.text == text { return kept }
        return TextFieldState(text: text, maxLength: field.maxLength, filter: field.filter)
    }

    /// Keeps the editing state of a field.
    mutating func store(_ editor: TextFieldState, for field: FieldID) {
        editors[field] = editor
    }

    /// The filter of `list` ("" when none).
    public func filter(of list: ListID) -> String { filters[list] ?? "" }

    /// The stored first visible row of `list`.
    public func offset(of list: ListID) -> Int { offsets[list] ?? 0 }

    /// Stores the first visible row of `list`.
    mutating func setOffset(_ offset: Int, of list: ListID) { offsets[list] = max(0, offset) }
}
