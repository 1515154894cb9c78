import CNCursesW

/// Maps ncurses key codes (returned by `get_wch` with `KEY_CODE_YES`) to ``Key``.
enum NCursesKeyCodes {
    static func key(for code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case omega_key_f(1)...omega_key_f(12): return .function(Int(code - omega_key_f(0)))
        // Shift-F1…F12 arrive as F13…F24: treat them as F1…F12.
        case omega_key_f(13)...omega_key_f(24): return .function(Int(code - omega_key_f(12)))
        default: return nil
        }
    }
}
