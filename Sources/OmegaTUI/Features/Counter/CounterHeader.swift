import SelfService
import TerminalUI

/// The counter's header line, always on the first row in counter mode:
/// "Guichet — agent <login> — pour <name, contract>".
public enum CounterHeader {
    /// "Guichet — agent <login> — pour <name, contract>" (or English).
    public static func text(agent: String, subject: CounterSubject?, strings: Strings) -> String {
        var parts = [strings(.counterDesk, agent)]
        if let subject {
            let name =
                subject.nom.isEmpty ? subject.numeroContrat : "\(subject.nom), \(subject.numeroContrat)"
            parts.append(strings(.counterFor, name))
        }
        return parts.joined(separator: " — ")
    }

    /// Draws the line in `rect` (the header row), in the header style, cut with an ellipsis
    /// when too long. Server strings (the name) are sanitised by the canvas.
    public static func draw(
        agent: String, subject: CounterSubject?, strings: Strings, in rect: Rect, on canvas: some Canvas
    ) {
        canvas.fill(rect, with: " ", style: .header)
        let line = Sanitizer.truncate(
            text(agent: agent, subject: subject, strings: strings), toWidth: max(0, rect.size.columns - 2))
        canvas.put(line, in: rect.inset(columns: 1, rows: 0), style: .header)
    }
}
