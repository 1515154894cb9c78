import TerminalUI

/// Turns the frames of successive states into the lines to print, so that plain mode only
/// ever adds lines: a new screen prints in full; on the same screen only the sections that
/// changed print (only the new lines of a section that grew), then the choices if they
/// changed. Nothing is ever redrawn in place.
///
/// Every line is sanitised here (control characters and escape sequences from the server
/// never reach the terminal).
public struct PlainTranscript<Action: Sendable> {
    private var previous: PlainFrame<Action>?
    /// The choices of the last frame that could be answered (not waiting): a form that goes
    /// back to its fields after a failed send does not list its choices again.
    private var answerable: (choices: [PlainChoice<Action>], kind: PlainPrompt<Action>.Kind)?
    /// The shortcuts line printed last: said again only when it changes (logging in adds
    /// letters) or when the user asks for the whole screen.
    private var shortcutsSaid: [PlainChoice<Action>]?

    /// A transcript that has printed nothing yet.
    public init() {}

    /// The lines to print for `frame`.
    ///
    /// - Parameters:
    ///   - full: print the whole frame even on the same screen (the user asked for it).
    ///   - afterInput: the frame follows a line the user typed; if it changed nothing
    ///     visible, the frame's alerts print again rather than leaving the user in silence.
    public mutating func lines(
        for frame: PlainFrame<Action>, strings: Strings, full: Bool = false, afterInput: Bool = false
    ) -> [String] {
        var lines: [String]
        if let previous, previous.title == frame.title, !full {
            lines = Self.changes(from: previous, to: frame)
        } else {
            lines = (previous == nil ? [] : [""]) + [frame.title] + frame.sections.flatMap(\.lines)
            // A new screen lists its choices, even the same ones as the screen before.
            answerable = nil
        }
        // Choices wait until nothing is in flight: they print once the screen can be
        // answered, then again only when they change; the shortcuts follow them the first
        // time and whenever they change (logging in adds letters).
        if frame.prompt.kind != .waiting {
            if full || answerable.map({ $0.choices != frame.choices || $0.kind != frame.prompt.kind }) ?? true
            {
                lines += Self.choiceLines(frame, strings: strings)
            }
            if !frame.shortcuts.isEmpty, full || shortcutsSaid != frame.shortcuts {
                lines.append(Self.shortcutLine(frame.shortcuts, strings: strings))
            }
            answerable = (frame.choices, frame.prompt.kind)
            shortcutsSaid = frame.shortcuts
        }
        if afterInput, lines.isEmpty {
            lines = frame.sections.filter(\.isAlert).flatMap(\.lines)
        }
        previous = frame
        return lines.map(Sanitizer.clean)
    }

    /// The choices alone (after `!` in a field, or when the user asks again).
    public static func choiceLines(_ frame: PlainFrame<Action>, strings: Strings) -> [String] {
        guard !frame.choices.isEmpty else { return [] }
        let heading: PlainKey
        if case .field = frame.prompt {
            heading = .choicesHeadingInField
        } else {
            heading = .choicesHeading
        }
        return [strings[plain: heading]] + frame.choices.map { strings(plain: .choiceLine, $0.key, $0.label) }
    }

    /// "Touches : a Accueil, r Relevés, … q Quitter".
    public static func shortcutLine(_ shortcuts: [PlainChoice<Action>], strings: Strings) -> String {
        let list = shortcuts.map { strings(plain: .shortcut, $0.key, $0.label) }.joined(separator: ", ")
        return strings(plain: .shortcutsLine, list)
    }

    /// What changed on the same screen.
    private static func changes(from previous: PlainFrame<Action>, to frame: PlainFrame<Action>) -> [String] {
        var lines: [String] = []
        for section in frame.sections {
            guard let before = previous.sections.first(where: { $0.id == section.id }) else {
                lines += section.lines
                continue
            }
            if before.lines == section.lines { continue }
            if section.lines.count > before.lines.count,
                Array(section.lines.prefix(before.lines.count)) == before.lines
            {
                lines += section.lines.dropFirst(before.lines.count)
            } else {
                lines += section.lines
            }
        }
        return lines
    }
}

extension PlainPrompt {
    /// The three kinds of input, without their details.
    enum Kind: Equatable {
        case choice, field, waiting
    }

    var kind: Kind {
        switch self {
        case .choice: return .choice
        case .field: return .field
        case .waiting: return .waiting
        }
    }
}
