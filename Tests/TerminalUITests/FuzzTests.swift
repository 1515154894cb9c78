import Testing

@testable import TerminalUI

/// Seeded pseudo-random inputs: hostile strings at random places and sizes must never crash a
/// canvas nor break its grid.
@Suite("Fuzz")
struct FuzzTests {
    /// A small deterministic generator (64-bit LCG), so failures reproduce.
    private struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    private static let pieces = [
        "a", "é", "e\u{301}", "日", "😀", "👨‍👩‍👧", "🇫🇷", "m³", "€", " ", "\t", "\n", "\r\n", "\u{1B}[2J",
        "\u{1B}]52;c;QUFB\u{7}", "\u{1B}", "\u{9B}31m", "\u{85}", "\u{202E}", "\u{7F}", "\u{0}", "\u{200B}",
        "\u{301}", "\u{FEFF}", "…", "│",
    ]

    private func randomText(_ generator: inout Generator) -> String {
        (0..<generator.next(12)).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined()
    }

    @Test func hostileTextNeverBreaksTheGrid() {
        var generator = Generator(state: 42)
        for _ in 0..<300 {
            let canvas = GridCanvas(columns: generator.next(30), rows: generator.next(6))
            for _ in 0..<8 {
                let text = randomText(&generator)
                let point = Point(column: generator.next(40) - 5, row: generator.next(8) - 1)
                let written = canvas.put(text, at: point, style: .normal, maxWidth: generator.next(40) - 3)
                #expect(written >= 0 && written <= canvas.size.columns)
            }
            #expect(canvas.rows.count == canvas.size.rows)
            for row in canvas.rows {
                #expect(Sanitizer.displayWidth(row) == canvas.size.columns, "\(row.debugDescription)")
                #expect(!row.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
    }

    @Test func truncationAndWrappingRespectTheirWidth() {
        var generator = Generator(state: 7)
        for _ in 0..<500 {
            let text = randomText(&generator)
            let width = generator.next(12)
            #expect(Sanitizer.displayWidth(Sanitizer.truncate(text, toWidth: width)) <= width)
            #expect(Sanitizer.displayWidth(Sanitizer.pad(text, toWidth: width)) == width)
            for line in Sanitizer.wrap(text, toWidth: width) {
                #expect(Sanitizer.displayWidth(line) <= width, "\(text.debugDescription) at \(width)")
            }
            var field = TextFieldState(maxLength: generator.next(10))
            field.apply(.paste(text))
            field.apply(.left)
            field.apply(.backspace)
            #expect(field.cursor >= 0 && field.cursor <= field.text.count)
        }
    }
}
