import Foundation

/// Makes any string (above all, anything from the server) safe and measurable for a terminal.
///
/// ``clean(_:)`` removes what could move the cursor, change colours, set the clipboard or flip
/// the text direction: C0 and C1 control characters, DEL, whole escape sequences (CSI, OSC,
/// DCS, SOS, PM, APC and two-character escapes) and bidirectional overrides. Tabs and line
/// breaks become a single space. The result is NFC-normalised, so `"e\u{301}"` becomes `"é"`.
public enum Sanitizer {
    /// The sanitised, NFC-normalised form of `text`, on one line.
    public static func clean(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var scanner = EscapeScanner()
        var scalars = String.UnicodeScalarView()
        var previousWasReplacedBreak = false
        for scalar in text.unicodeScalars {
            guard let kept = scanner.accept(scalar) else { continue }
            let isReplacedBreak = kept == " " && scalar != " "
            if isReplacedBreak, previousWasReplacedBreak { continue }  // one space for "\r\n"
            previousWasReplacedBreak = isReplacedBreak
            scalars.append(kept)
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// The sanitised lines of a multi-line `text` (split on `\n`, `\r\n`, `\r`, U+2028, U+2029).
    public static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { character in
            character == "\n" || character == "\r\n" || character == "\r" || character == "\u{2028}"
                || character == "\u{2029}"
        }.map { clean(String($0)) }
    }

    /// Whether `text` holds only printable ASCII, which needs no cleaning nor normalising.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}

/// Drops escape sequences scalar by scalar; a small state machine so that a sequence split
/// across scalars (`ESC`, `[`, `2`, `J`) is removed whole.
private struct EscapeScanner {
    private enum State {
        case text
        /// After ESC: decide what kind of sequence follows.
        case escape
        /// ESC followed by intermediate bytes (0x20–0x2F): wait for the final byte.
        case escapeIntermediate
        /// Control Sequence Introducer: parameters until a final byte 0x40–0x7E.
        case csi
        /// OSC, DCS, SOS, PM, APC: a string until BEL or String Terminator.
        case controlString
        /// ESC seen inside a control string: `\` ends it.
        case controlStringEscape
    }

    private var state = State.text

    /// The scalar to keep for `scalar` (possibly a replacement space), or nil to drop it.
    mutating func accept(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch state {
        case .text:
            return acceptText(scalar)
        case .escape:
            switch value {
            case 0x5B: state = .csi  // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .controlString  // ] P X ^ _
            case 0x20...0x2F: state = .escapeIntermediate
            case 0x1B: state = .escape
            default: state = .text  // two-character escape such as ESC c, ESC 7
            }
            return nil
        case .escapeIntermediate:
            if !(0x20...0x2F).contains(value) { state = .text }
            return nil
        case .csi:
            if (0x40...0x7E).contains(value) || value == 0x1B || value == 0x18 || value == 0x1A {
                state = value == 0x1B ? .escape : .text
            }
            return nil
        case .controlString:
            if value == 0x07 || value == 0x9C || value == 0x18 || value == 0x1A {
                state = .text
            } else if value == 0x1B {
                state = .controlStringEscape
            }
            return nil
        case .controlStringEscape:
            state = value == 0x5C ? .text : .controlString
            return nil
        }
    }

    private mutating func acceptText(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
            return " "
        case 0x1B:
            state = .escape
            return nil
        case 0x9B:
            state = .csi
            return nil
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            state = .controlString
            return nil
        case 0x00...0x1F, 0x7F...0x9F:
            return nil
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return nil  // bidi marks, embeddings, overrides and isolates
        case 0xFEFF, 0xFFF9...0xFFFB:
            return nil  // BOM, interlinear annotation controls
        default:
            return scalar
        }
    }
}
