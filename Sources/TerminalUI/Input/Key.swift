/// A key press (or a terminal event arriving through the keyboard channel), already decoded.
///
/// Letters keep their case (`.character("a")` vs `.character("A")`). Ctrl-letters are
/// `.control("u")` (always lowercase), except the ones terminals cannot tell apart from other
/// keys: Ctrl-I is ``tab``, Ctrl-M/Ctrl-J ``enter``, Ctrl-H ``backspace``, Ctrl-[ ``escape``.
public enum Key: Hashable, Sendable {
    /// A printable character (any Unicode grapheme).
    case character(Character)
    /// Ctrl plus a lowercase ASCII letter.
    case control(Character)
    /// Function key F1…F12 (also typed as Esc then a digit, `1`…`9`, `0` for F10).
    case function(Int)
    /// Enter (Return, keypad Enter, Ctrl-M, Ctrl-J).
    case enter
    /// Tab (Ctrl-I).
    case tab
    /// Shift-Tab.
    case backTab
    /// Esc, reported once the Esc + digit window has passed.
    case escape
    /// Backspace (Ctrl-H, DEL).
    case backspace
    /// Delete.
    case delete
    /// Insert.
    case insert
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Text pasted with bracketed paste: insert it, never treat its newlines as Enter.
    case paste(String)
    /// The terminal changed size: query the canvas size again and redraw.
    case resize

    /// The printable character, if this is one.
    public var character: Character? {
        if case .character(let character) = self { return character }
        return nil
    }

    /// Whether this key is `character` (a convenience for letter bindings).
    public func isCharacter(_ expected: Character) -> Bool {
        character == expected
    }

    /// A short conventional name (`"F2"`, `"Ctrl-U"`, `"PgDn"`, `"a"`), for logs and help screens;
    /// screens translate the few words (`Enter`, `Esc`) through their own string tables if needed.
    public var name: String {
        switch self {
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .function(let number): return "F\(number)"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .paste: return "Paste"
        case .resize: return "Resize"
        }
    }
}
