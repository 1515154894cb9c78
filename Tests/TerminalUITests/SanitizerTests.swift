import Foundation
import Testing

@testable import TerminalUI

@Suite("Sanitizer")
struct SanitizerTests {
    @Test func plainTextIsUntouched() {
        #expect(Sanitizer.clean("Facture 2024-001") == "Facture 2024-001")
        #expect(Sanitizer.clean("Relevé d’index à 1 234,56 €") == "Relevé d’index à 1 234,56 €")
    }

    @Test func removesC0ControlsAndDel() {
        #expect(Sanitizer.clean("a\u{0}b\u{7}c\u{8}d\u{7F}e") == "abcde")
    }

    @Test func lineBreaksAndTabsBecomeOneSpace() {
        #expect(Sanitizer.clean("rue\tdes\r\nLilas\nfin") == "rue des Lilas fin")
        #expect(Sanitizer.clean("a  b\u{301}   c") == "a  b\u{301}   c".precomposedStringWithCanonicalMapping)
    }

    @Test func removesCSISequencesSuchAsClearScreen() {
        #expect(Sanitizer.clean("avant\u{1B}[2Japrès") == "avantaprès")
        #expect(Sanitizer.clean("\u{1B}[1;31mrouge\u{1B}[0m") == "rouge")
        #expect(Sanitizer.clean("\u{1B}[?1049h\u{1B}[Hx") == "x")
    }

    @Test func removesOSCSequencesIncludingClipboardWrites() {
        #expect(Sanitizer.clean("a\u{1B}]52;c;ZXZpbA==\u{7}b") == "ab")
        #expect(Sanitizer.clean("a\u{1B}]0;titre\u{1B}\\b") == "ab")
        #expect(Sanitizer.clean("\u{1B}]8;;https://evil\u{1B}\\lien\u{1B}]8;;\u{1B}\\") == "lien")
    }

    @Test func removesC1ControlsAndTheirSequences() {
        #expect(Sanitizer.clean("a\u{9B}31mb") == "ab")  // C1 CSI
        #expect(Sanitizer.clean("a\u{9D}52;c;xx\u{9C}b") == "ab")  // C1 OSC … ST
        #expect(Sanitizer.clean("a\u{85}b\u{8D}c") == "a bc")  // NEL is a line break, RI dropped
    }

    @Test func removesTwoCharacterEscapesAndDCS() {
        #expect(Sanitizer.clean("a\u{1B}cb\u{1B}7c") == "abc")
        #expect(Sanitizer.clean("a\u{1B}P1$qm\u{1B}\\b") == "ab")
        #expect(Sanitizer.clean("a\u{1B}(0b") == "ab")
    }

    @Test func removesBidiOverridesAndIsolates() {
        #expect(Sanitizer.clean("fac\u{202E}fdp.exe") == "facfdp.exe")
        #expect(Sanitizer.clean("\u{2066}a\u{2069}\u{200F}b\u{061C}") == "ab")
    }

    @Test func normalisesToNFC() {
        let cleaned = Sanitizer.clean("Re\u{301}sume\u{301}")
        #expect(cleaned == "Résumé")
        #expect(cleaned.unicodeScalars.count == 6)
    }

    @Test func unterminatedSequenceSwallowsTheRestRatherThanLeakingIt() {
        #expect(Sanitizer.clean("ok\u{1B}]52;c;AAAA") == "ok")
    }

    @Test func splitsLinesAndCleansEach() {
        #expect(Sanitizer.lines("un\r\ndeux\u{1B}[2J\ntrois") == ["un", "deux", "trois"])
    }

    @Test func displayWidthUsesWcwidth() {
        #expect(Sanitizer.displayWidth("abc") == 3)
        #expect(Sanitizer.displayWidth("日本") == 4)
        #expect(Sanitizer.displayWidth("😀") == 2)
        #expect(Sanitizer.displayWidth("e\u{301}") == 1)
        #expect(Sanitizer.displayWidth("\u{1B}[31m") == 0)
        #expect(Sanitizer.displayWidth("a\u{200B}b") == 2)
    }

    @Test func truncatesWithAnEllipsisWithoutSplittingCharacters() {
        #expect(Sanitizer.truncate("Relevés", toWidth: 10) == "Relevés")
        #expect(Sanitizer.truncate("Relevés", toWidth: 5) == "Rele…")
        #expect(Sanitizer.truncate("日本語テキスト", toWidth: 6) == "日本…")
        #expect(Sanitizer.truncate("日本語", toWidth: 4) == "日…")
        #expect(Sanitizer.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "é…")
        #expect(Sanitizer.truncate("abc", toWidth: 0) == "")
        #expect(Sanitizer.truncate("abc", toWidth: -4) == "")
        #expect(Sanitizer.truncate("日本", toWidth: 1, ellipsis: "……") == "")
    }

    @Test func padsToExactWidth() {
        #expect(Sanitizer.pad("12", toWidth: 5, alignment: .right) == "   12")
        #expect(Sanitizer.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(Sanitizer.pad("日本", toWidth: 5) == "日本 ")
        #expect(Sanitizer.displayWidth(Sanitizer.pad("日本語", toWidth: 5)) == 5)
    }
}
