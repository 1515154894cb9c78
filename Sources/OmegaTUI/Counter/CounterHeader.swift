import OmegaClient
import SelfService
import TerminalUI

/// The counter's header line, always on the first row in counter mode:
/// "Guichet — agent <login> — pour <name, contract>".
public enum CounterHeader {
    /// The text of the line (see ``CounterServices/headerLine(agent:subject:language:)``).
    public static func text(agent: String, subject: CounterSubject?, language: Language) -> String {
        CounterServices.headerLine(agent: agent, subject: subject, language: language)
    }

    /// Draws the line in `rect` (the header row), in the header style, cut with an ellipsis
    /// when too long. Server strings (the name) are sanitised by the canvas.
    public static func draw(
        agent: String, subject: CounterSubject?, language: Language, in rect: Rect, on canvas: some Canvas
    ) {
        canvas.fill(rect, with: " ", style: .header)
        let line = Sanitizer.truncate(
            text(agent: agent, subject: subject, language: language), toWidth: max(0, rect.size.columns - 2))
        canvas.put(line, in: rect.inset(columns: 1, rows: 0), style: .header)
    }
}
