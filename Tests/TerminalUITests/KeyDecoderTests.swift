import CNCursesW
import Testing

@testable import TerminalUI

@Suite("KeyDecoder")
struct KeyDecoderTests {
    private let start = ContinuousClock.now

    private func at(_ milliseconds: Int) -> ContinuousClock.Instant {
        start + .milliseconds(milliseconds)
    }

    private func feed(_ text: String, into decoder: inout KeyDecoder, at time: Int = 0) -> [Key] {
        text.unicodeScalars.flatMap { decoder.feed(.character($0.value), at: at(time)) }
    }

    @Test func decodesCharactersIncludingWideOnes() {
        var decoder = KeyDecoder()
        #expect(
            feed("aé日😀", into: &decoder) == [
                .character("a"), .character("é"), .character("日"), .character("😀"),
            ])
    }

    @Test func decodesControlCharacters() {
        var decoder = KeyDecoder()
        #expect(
            feed("\r\n\t\u{7F}\u{8}\u{15}\u{1}", into: &decoder) == [
                .enter, .enter, .tab, .backspace, .backspace, .control("u"), .control("a"),
            ])
        #expect(feed("\u{0}\u{1C}\u{9B}", into: &decoder).isEmpty)
    }

    @Test func decodesNCursesKeyCodes() {
        var decoder = KeyDecoder()
        let codes: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_HOME, .home),
            (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_DC, .delete),
            (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_RESIZE, .resize),
            (omega_key_f(1), .function(1)), (omega_key_f(10), .function(10)),
            (omega_key_f(12), .function(12)),
        ]
        for (code, key) in codes {
            #expect(decoder.feed(.keyCode(code), at: at(0)) == [key], "\(code)")
        }
        #expect(decoder.feed(.keyCode(KEY_MOUSE), at: at(0)).isEmpty)
    }

    @Test func escapeThenDigitIsAFunctionKey() {
        var decoder = KeyDecoder()
        #expect(feed("\u{1B}", into: &decoder, at: 0).isEmpty)
        #expect(decoder.deadline == at(400))
        #expect(feed("2", into: &decoder, at: 150) == [.function(2)])
        #expect(decoder.deadline == nil)
        #expect(feed("\u{1B}", into: &decoder, at: 1000).isEmpty)
        #expect(feed("0", into: &decoder, at: 1100) == [.function(10)])
    }

    @Test func loneEscapeIsReportedAfterTheWindow() {
        var decoder = KeyDecoder()
        _ = feed("\u{1B}", into: &decoder, at: 0)
        #expect(decoder.flush(at: at(100)).isEmpty)
        #expect(decoder.flush(at: at(400)) == [.escape])
        #expect(decoder.flush(at: at(900)).isEmpty)
    }

    @Test func lateDigitIsJustADigit() {
        var decoder = KeyDecoder()
        _ = feed("\u{1B}", into: &decoder, at: 0)
        #expect(feed("2", into: &decoder, at: 800) == [.escape, .character("2")])
    }

    @Test func escapeFollowedByOtherKeysReportsBoth() {
        var decoder = KeyDecoder()
        _ = feed("\u{1B}", into: &decoder, at: 0)
        #expect(feed("q", into: &decoder, at: 50) == [.escape, .character("q")])
        _ = feed("\u{1B}", into: &decoder, at: 60)
        #expect(decoder.feed(.keyCode(KEY_DOWN), at: at(70)) == [.escape, .down])
        _ = feed("\u{1B}", into: &decoder, at: 80)
        #expect(feed("\u{1B}", into: &decoder, at: 90) == [.escape])
        #expect(decoder.deadline == nil)
    }

    @Test func bracketedPasteBecomesOneKeyAndKeepsNewlines() {
        var decoder = KeyDecoder()
        let keys = feed("\u{1B}[200~343 025\r705\n\u{1B}[201~x", into: &decoder)
        #expect(keys == [.paste("343 025\n705\n"), .character("x")])
    }

    @Test func pasteContainingEscapeSequencesStaysText() {
        var decoder = KeyDecoder()
        let keys = feed("\u{1B}[200~a\u{1B}[2Jb\u{1B}[201~", into: &decoder)
        #expect(keys == [.paste("a\u{1B}[2Jb")])
        var field = TextFieldState()
        if case .paste(let text) = keys.first { field.apply(.paste(text)) }
        #expect(field.text == "ab")
    }

    @Test func oversizedPasteIsCut() {
        var decoder = KeyDecoder(maximumPasteLength: 5)
        let keys = feed("\u{1B}[200~0123456789\u{1B}[201~", into: &decoder)
        #expect(keys == [.paste("01234")])
    }

    @Test func unknownEscapeSequencesAreDropped() {
        var decoder = KeyDecoder()
        #expect(feed("\u{1B}[1;5Dz", into: &decoder) == [.character("z")])
    }
}
