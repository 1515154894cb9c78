/// Why the terminal could not be started.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, or run by a service): use the plain
    /// line mode instead.
    case notATerminal
    /// `TERM=dumb`: the user asked for plain text (screen readers, emacs shells); use the
    /// line mode, never a full-screen interface.
    case dumbTerminal
    /// ncurses knows none of `$TERM`, `xterm-256color` and `vt100`.
    case unknownTerminalType(String)
    /// Another ``Terminal`` is running in this process (ncurses has one screen).
    case alreadyRunning

    public var description: String {
        switch self {
        case .notATerminal: return "standard input/output is not a terminal"
        case .dumbTerminal: return "TERM=dumb asks for plain text, not a full-screen interface"
        case .unknownTerminalType(let term):
            return "unknown terminal type \"\(term)\" (and no fallback worked)"
        case .alreadyRunning: return "a terminal session is already running"
        }
    }
}
