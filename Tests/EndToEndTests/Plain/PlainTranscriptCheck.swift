import Foundation
import Testing

/// What a plain-mode transcript must never contain, and how to read it in order.
enum PlainTranscriptCheck {
    /// CSI sequences that move the cursor or erase: `ESC [ … H` (and `f`), `ESC [ … A`–`D`,
    /// `ESC [ … J`, `ESC [ … K`.
    static let cursorMotion = try! NSRegularExpression(pattern: "\u{1B}\\[[0-9;?]*[HfABCDJK]")

    /// The cursor-motion sequences found in `transcript`, as printable text.
    static func cursorMotions(in transcript: String) -> [String] {
        let range = NSRange(transcript.startIndex..., in: transcript)
        return cursorMotion.matches(in: transcript, range: range).compactMap { match in
            Range(match.range, in: transcript).map {
                transcript[$0].replacingOccurrences(of: "\u{1B}", with: "ESC")
            }
        }
    }

    /// Expects no cursor motion, no erase and no escape at all (no colour either).
    static func expectLineMode(_ transcript: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let motions = cursorMotions(in: transcript)
        #expect(motions.isEmpty, "cursor motion in plain mode: \(motions)", sourceLocation: sourceLocation)
        #expect(
            !transcript.contains("\u{1B}"), "an escape sequence in plain mode:\n\(transcript)",
            sourceLocation: sourceLocation)
    }

    /// Expects `texts` to appear in this order (each after the previous one); returns the
    /// position after the last, or nil at the first missing.
    @discardableResult
    static func expectInOrder(
        _ texts: [String], in transcript: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> String.Index? {
        var position = transcript.startIndex
        for text in texts {
            guard let found = transcript.range(of: text, range: position..<transcript.endIndex) else {
                Issue.record(
                    "\"\(text)\" missing after the previous lines in:\n\(transcript)",
                    sourceLocation: sourceLocation)
                return nil
            }
            position = found.upperBound
        }
        return position
    }
}

/// Reads the CSV a command printed: records end with CRLF, fields split on the separator
/// (enough for the values these tests check; the strict RFC 4180 reader is in OmegaTUITests).
enum CSVRows {
    static func parse(_ text: String, separator: Character) throws -> [[String]] {
        guard text.hasSuffix("\r\n") else { throw PlainTestError(description: "no CRLF at the end: \(text)") }
        return text.components(separatedBy: "\r\n").dropLast().map {
            $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
    }
}
