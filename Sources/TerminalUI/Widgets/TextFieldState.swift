import Foundation

/// The editing state of a one-line text field: its text and cursor, as a value a view-model
/// can own, copy and compare.
///
/// The cursor counts characters (grapheme clusters) from the start, so a wide character or an
/// accented letter is always deleted or crossed whole. Text is kept sanitised and NFC.
public struct TextFieldState: Hashable, Sendable {
    /// Which characters the field accepts.
    public enum Filter: Hashable, Sendable {
        /// Any printable character.
        case any
        /// ASCII digits only (contract numbers, meter indices).
        case digits
        /// Digits and one decimal separator (`,` or `.`).
        case decimal
    }

    /// The text, sanitised and NFC-normalised.
    public private(set) var text: String
    /// Cursor position in characters, `0...text.count`.
    public private(set) var cursor: Int
    /// Maximum number of characters, or nil for no limit.
    public var maxLength: Int?
    /// Which characters typing or pasting may insert.
    public var filter: Filter

    /// Creates a field holding `text` (sanitised, cut to `maxLength`) with the cursor at its end.
    public init(text: String = "", maxLength: Int? = nil, filter: Filter = .any) {
        self.maxLength = maxLength.map { max(0, $0) }
        self.filter = filter
        self.text = ""
        self.cursor = 0
        setText(text)
    }

    /// Whether the field is empty.
    public var isEmpty: Bool { text.isEmpty }

    /// Replaces the text (sanitised and cut to `maxLength`) and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        var cleaned = Sanitizer.clean(newText)
        if let maxLength, cleaned.count > maxLength { cleaned = String(cleaned.prefix(maxLength)) }
        text = cleaned
        cursor = cleaned.count
    }

    /// Applies an editing key. Returns true when the key belongs to the field (even if nothing
    /// changed, such as Left at the start), false for keys the screen should handle itself
    /// (Enter, Tab, Esc, function keys, arrows up and down…).
    ///
    /// Keys: characters and paste insert; Left/Right, Home/End (Ctrl-A/Ctrl-E) move; Backspace
    /// and Delete erase one character; Ctrl-U erases before the cursor, Ctrl-K after it, Ctrl-W
    /// the word before it. Pasted line breaks become spaces: a paste never submits a form.
    @discardableResult
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .paste(let pasted):
            insert(pasted)
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            replace(from: cursor - 1, to: cursor, with: "")
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            replace(from: cursor, to: cursor + 1, with: "")
        case .control("u"):
            replace(from: 0, to: cursor, with: "")
        case .control("k"):
            replace(from: cursor, to: text.count, with: "")
        case .control("w"):
            let before = Array(text.prefix(cursor))
            var start = before.count
            while start > 0, before[start - 1] == " " { start -= 1 }
            while start > 0, before[start - 1] != " " { start -= 1 }
            replace(from: start, to: cursor, with: "")
        default:
            return false
        }
        return true
    }

    /// Inserts `raw` at the cursor after filtering, within `maxLength`.
    private mutating func insert(_ raw: String) {
        var hasSeparator = text.contains(",") || text.contains(".")
        var accepted = ""
        for character in Sanitizer.clean(raw) {
            switch filter {
            case .any:
                accepted.append(character)
            case .digits:
                if character.isASCII && character.isNumber { accepted.append(character) }
            case .decimal:
                if character.isASCII && character.isNumber {
                    accepted.append(character)
                } else if character == "," || character == ".", !hasSeparator {
                    hasSeparator = true
                    accepted.append(character)
                }
            }
        }
        if let maxLength {
            accepted = String(accepted.prefix(max(0, maxLength - text.count)))
        }
        guard !accepted.isEmpty else { return }
        replace(from: cursor, to: cursor, with: accepted)
    }

    /// Replaces the characters in `[start, end)` and leaves the cursor after the replacement.
    /// Recounts after NFC, since a combining mark may merge with the character before it.
    private mutating func replace(from start: Int, to end: Int, with replacement: String) {
        let characters = Array(text)
        let lower = min(max(0, start), characters.count)
        let upper = min(max(lower, end), characters.count)
        let head = (String(characters[..<lower]) + replacement).precomposedStringWithCanonicalMapping
        let tail = String(characters[upper...])
        text = (head + tail).precomposedStringWithCanonicalMapping
        cursor = min(head.count, text.count)
    }
}
