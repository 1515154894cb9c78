import CNCursesW

/// The escape sequences terminals send for the same key, whatever `TERM` says.
///
/// terminfo gives one sequence per key, for the keypad mode ncurses asks for (`smkx`): with
/// `xterm-256color`, Down is `ESC O B`. Terminals that ignore that request, tmux and PuTTY
/// send other forms (`ESC [ B`, Home as `ESC [1~`…), which ncurses would hand over as loose
/// characters. These are taught to ncurses with `define_key`, so every form arrives as the
/// same key code and nothing is parsed by hand.
enum KeySequences {
    /// Each sequence and the ncurses key code it stands for.
    static let alternates: [(sequence: String, code: Int32)] = {
        var table: [(String, Int32)] = []
        let arrows: [(Character, Int32)] = [
            ("A", KEY_UP), ("B", KEY_DOWN), ("C", KEY_RIGHT), ("D", KEY_LEFT),
        ]
        for (final, code) in arrows {
            table.append(("\u{1B}[\(final)", code))  // normal cursor mode (ANSI)
            table.append(("\u{1B}O\(final)", code))  // application cursor mode (keypad)
        }
        // Home and End: xterm normal and application modes, VT220/tmux/PuTTY/Linux, rxvt.
        for sequence in ["\u{1B}[H", "\u{1B}OH", "\u{1B}[1~", "\u{1B}[7~"] {
            table.append((sequence, KEY_HOME))
        }
        for sequence in ["\u{1B}[F", "\u{1B}OF", "\u{1B}[4~", "\u{1B}[8~"] {
            table.append((sequence, KEY_END))
        }
        table += [
            ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
            ("\u{1B}[Z", KEY_BTAB),
        ]
        // F1–F4: VT100 (`ESC O P`), PuTTY's default ESC[n~ mode, the Linux console (`ESC [[A`).
        for (index, final) in ["P", "Q", "R", "S"].enumerated() {
            table.append(("\u{1B}O\(final)", omega_key_f(Int32(index + 1))))
            table.append(("\u{1B}[\(11 + index)~", omega_key_f(Int32(index + 1))))
        }
        for (index, final) in ["A", "B", "C", "D", "E"].enumerated() {
            table.append(("\u{1B}[[\(final)", omega_key_f(Int32(index + 1))))
        }
        // F5–F12: the VT220 numbers every xterm-like terminal uses.
        for (index, number) in [15, 17, 18, 19, 20, 21, 23, 24].enumerated() {
            table.append(("\u{1B}[\(number)~", omega_key_f(Int32(index + 5))))
        }
        return table
    }()

    /// Adds every alternate to the current ncurses screen's key table. A sequence the
    /// terminal's terminfo binds to another key is rebound (VT220's Find and Select keys sit
    /// where Home and End are, and send `ESC [1~` and `ESC [4~`).
    @MainActor
    static func teachNCurses() {
        for (sequence, code) in alternates {
            _ = define_key(sequence, code)
        }
    }
}
