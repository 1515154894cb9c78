import SelfService
import TerminalUI

/// What every screen draws from: the view-model, the front end's own state, the text table
/// and the glyphs (Unicode or ASCII).
public struct RenderContext {
    /// The view-model.
    public var state: AppState
    /// Cursors, scrolling, filters, spinner.
    public var ui: UIState
    /// The text table of the interface language.
    public var strings: Strings
    /// Box drawing, bars and spinner characters.
    public var glyphs: Glyphs

    /// Creates a context.
    public init(state: AppState, ui: UIState, strings: Strings, glyphs: Glyphs = .unicode) {
        self.state = state
        self.ui = ui
        self.strings = strings
        self.glyphs = glyphs
    }

    /// The title of a screen.
    public func title(of screen: Screen) -> String {
        switch screen {
        case .connexion: return strings[.screenConnexion]
        case .creerCompte: return strings[.screenCreerCompte]
        case .motDePasseOublie: return strings[.screenMotDePasseOublie]
        case .accueil: return strings[.screenAccueil]
        case .releves: return strings[.screenReleves]
        case .factures: return strings[.screenFactures]
        case .demandes: return strings[.screenDemandes]
        case .nouvelleDemande(.menu): return strings[.screenNouvelleDemande]
        case .nouvelleDemande(.index): return strings[.screenTransmettreIndex]
        case .nouvelleDemande(.coordonnees):
            return strings[state.mode == .subscriber ? .screenCoordonnees : .screenCoordonneesCounter]
        case .nouvelleDemande(.kind(let kind)): return strings.label(kind)
        case .messages: return strings[.screenMessages]
        case .payer: return strings[.payTitle]
        case .aide: return strings[.screenAide]
        case .choixContrat: return strings[.screenChoixContrat]
        case .repondreDemande: return strings[.screenRepondre]
        case .monCompte: return strings[.screenMonCompte]
        }
    }

    /// A text field of the form on screen, with its cursor, focus and mask.
    func field(_ id: FieldID, label: String, isFocused: Bool, labelWidth: Int) -> TextField {
        TextField(
            label: label, state: ui.editor(for: id, text: id.text(in: state)), isFocused: isFocused,
            isMasked: id.isMasked, labelWidth: labelWidth)
    }
}

/// Small drawing helpers shared by the screens.
enum Draw {
    /// Draws `label` then `value` on one row, the values of consecutive rows aligned.
    static func pair(
        _ label: String, _ value: String, row: Int, in area: Rect, labelWidth: Int, on canvas: some Canvas,
        style: Style = .normal
    ) {
        guard row >= area.minRow, row < area.maxRow else { return }
        let line = Rect(column: area.minColumn, row: row, columns: area.size.columns, rows: 1)
        let (left, right) = line.splitLeft(labelWidth)
        // One blank cell always separates a cut label from its value.
        canvas.put(label, in: left.splitLeft(max(0, labelWidth - 1)).left, style: .muted)
        canvas.put(value, in: right, style: style)
    }

    /// Draws one row of text inside `area` at `row`, if the row is inside.
    static func line(_ text: String, row: Int, in area: Rect, on canvas: some Canvas, style: Style = .normal)
    {
        guard row >= area.minRow, row < area.maxRow else { return }
        canvas.put(
            text, in: Rect(column: area.minColumn, row: row, columns: area.size.columns, rows: 1),
            style: style)
    }

    /// Draws wrapped text from `row`; returns the row after the last one drawn.
    @discardableResult
    static func paragraph(
        _ text: String, row: Int, in area: Rect, on canvas: some Canvas, style: Style = .normal
    ) -> Int {
        guard row < area.maxRow else { return row }
        let rest = Rect(column: area.minColumn, row: row, columns: area.size.columns, rows: area.maxRow - row)
        Label(text, style: style, wraps: true).draw(in: rest, on: canvas)
        return row + min(rest.size.rows, Label.height(of: text, width: area.size.columns))
    }

    /// A section title with a rule under nothing: bold text on its row.
    static func section(_ title: String, row: Int, in area: Rect, on canvas: some Canvas) {
        line(title, row: row, in: area, on: canvas, style: .title)
    }
}
