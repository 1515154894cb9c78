/// One result of ncurses `get_wch`: a character (status `OK`) or a key code (`KEY_CODE_YES`).
public enum RawInput: Hashable, Sendable {
    /// A character, as the `wint_t` value `get_wch` stored.
    case character(UInt32)
    /// A function-key code (`KEY_UP`, `KEY_F(2)`, `KEY_RESIZE`…).
    case keyCode(Int32)
}

/// Turns raw terminal input into ``Key`` values, with the conventions the app relies on:
///
/// - **Esc then a digit** within ``escapeDigitWindow`` is a function key (mc style: `1`…`9`
///   are F1…F9, `0` is F10), for terminals and keyboards where F-keys do not arrive. Esc alone
///   is reported once the window has passed (see ``deadline``), or at once when Esc is pressed
///   twice.
/// - **Bracketed paste** (`ESC [200~ … ESC [201~`) becomes one ``Key/paste(_:)``, so a pasted
///   newline never acts as Enter.
/// - Unknown escape sequences are dropped rather than typed as text.
///
/// Pure and clock-injected: tests feed inputs with explicit instants.
public struct KeyDecoder: Sendable {
    /// How long after Esc a digit still makes a function key.
    public var escapeDigitWindow: Duration
    /// Largest paste kept, in characters; the rest is dropped.
    public var maximumPasteLength: Int

    private enum State: Sendable {
        case ready
        case escape(since: ContinuousClock.Instant)
        case controlSequence(String)
        case pasting(PasteBuffer)
    }

    /// Text pasted so far, and the last few scalars, which may be the start of `ESC [201~`.
    private struct PasteBuffer: Sendable {
        static let terminator: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        var text = String.UnicodeScalarView()
        var window: [UInt32] = []
        /// Scalars in `text` (counted here: `String` counts are not O(1)).
        var kept = 0
    }

    private var state = State.ready

    public init(escapeDigitWindow: Duration = .milliseconds(400), maximumPasteLength: Int = 65_536) {
        self.escapeDigitWindow = escapeDigitWindow
        self.maximumPasteLength = maximumPasteLength
    }

    /// When a pending Esc must be reported if nothing else arrives: call ``flush(at:)`` then.
    public var deadline: ContinuousClock.Instant? {
        if case .escape(let since) = state { return since + escapeDigitWindow }
        return nil
    }

    /// Reports a pending Esc whose window has passed at `now`.
    public mutating func flush(at now: ContinuousClock.Instant) -> [Key] {
        guard let deadline, now >= deadline else { return [] }
        state = .ready
        return [.escape]
    }

    /// Decodes one input received at `now`; returns the keys it completes (often one, possibly
    /// none while a sequence is pending, or two when a stale Esc is reported first).
    public mutating func feed(_ input: RawInput, at now: ContinuousClock.Instant) -> [Key] {
        switch state {
        case .ready:
            return decodeReady(input, at: now)
        case .escape(let since):
            state = .ready
            if now - since > escapeDigitWindow { return [.escape] + decodeReady(input, at: now) }
            return decodeAfterEscape(input, at: now)
        case .controlSequence(let sequence):
            return continueControlSequence(sequence, with: input)
        case .pasting(let buffer):
            return continuePaste(buffer, with: input)
        }
    }

    private mutating func decodeReady(_ input: RawInput, at now: ContinuousClock.Instant) -> [Key] {
        if case .character(0x1B) = input {
            state = .escape(since: now)
            return []
        }
        return Self.key(for: input).map { [$0] } ?? []
    }

    private mutating func decodeAfterEscape(_ input: RawInput, at now: ContinuousClock.Instant) -> [Key] {
        guard case .character(let value) = input else { return [.escape] + decodeReady(input, at: now) }
        switch value {
        case 0x31...0x39:
            return [.function(Int(value) - 0x30)]
        case 0x30:
            return [.function(10)]
        case 0x1B:
            return [.escape]  // Esc Esc: no need to wait
        case 0x5B:
            state = .controlSequence("")
            return []
        default:
            return [.escape] + decodeReady(input, at: now)
        }
    }

    private mutating func continueControlSequence(_ sequence: String, with input: RawInput) -> [Key] {
        guard case .character(let value) = input, let scalar = Unicode.Scalar(value), sequence.count < 32
        else {
            state = .ready
            return []
        }
        let extended = sequence + String(Character(scalar))
        guard (0x40...0x7E).contains(value) else {
            state = .controlSequence(extended)
            return []
        }
        state = extended == "200~" ? .pasting(PasteBuffer()) : .ready
        return []
    }

    private mutating func continuePaste(_ paste: PasteBuffer, with input: RawInput) -> [Key] {
        guard case .character(let value) = input else {
            return []  // a key code inside a paste is not text
        }
        var buffer = paste
        buffer.window.append(value == 0x0D ? 0x0A : value)
        if buffer.window.count > PasteBuffer.terminator.count {
            // The oldest scalar can no longer start the terminator: it is pasted text.
            let oldest = buffer.window.removeFirst()
            if buffer.kept < maximumPasteLength, let scalar = Unicode.Scalar(oldest) {
                buffer.text.append(scalar)
                buffer.kept += 1
            }
        }
        if buffer.window == PasteBuffer.terminator {
            state = .ready
            return [.paste(String(buffer.text))]
        }
        state = .pasting(buffer)
        return []
    }

    /// The key for one input outside any sequence, or nil for input that means nothing.
    static func key(for input: RawInput) -> Key? {
        switch input {
        case .keyCode(let code):
            return NCursesKeyCodes.key(for: code)
        case .character(let value):
            switch value {
            case 0x0D, 0x0A: return .enter
            case 0x09: return .tab
            case 0x08, 0x7F: return .backspace
            case 0x1B: return .escape
            case 0x01...0x1A:
                return .control(Character(Unicode.Scalar(UInt8(0x60 + value))))
            case 0x00...0x1F, 0x80...0x9F:
                return nil
            default:
                guard let scalar = Unicode.Scalar(value) else { return nil }
                return .character(Character(scalar))
            }
        }
    }
}
