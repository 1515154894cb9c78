import CNCursesW
import Testing

@testable import TerminalUI

#if canImport(Glibc)
    import Glibc
#endif

extension NCursesSessions {
    /// Drives the real ncurses canvas against a file instead of a terminal (`newterm` accepts any
    /// stream), so no TTY is needed: checks what ncurses actually sends.
    @Suite("NCursesCanvas")
    struct NCursesCanvasTests {
        /// Output written since the last call.
        private final class Capture {
            let file: UnsafeMutablePointer<FILE>
            private var consumed = 0

            init?() {
                guard let file = tmpfile() else { return nil }
                self.file = file
            }

            func take() -> String {
                fflush(file)
                let end = Int(ftell(file))
                var bytes = [UInt8](repeating: 0, count: max(0, end - consumed))
                fseek(file, consumed, SEEK_SET)
                let read = fread(&bytes, 1, bytes.count, file)
                fseek(file, 0, SEEK_END)
                consumed = end
                return String(decoding: bytes.prefix(read), as: UTF8.self)
            }
        }

        @Test func sendsTextWithColoursThenOnlyWhatChanged() throws {
            _ = Sanitizer.displayWidth("é")  // selects a UTF-8 character type before ncurses starts
            let capture = try #require(Capture())
            let input = try #require(fopen("/dev/null", "r"))
            // Any installed terminfo entry will do; xterm-256color is in Debian's ncurses-base.
            let types = ["xterm-256color", "xterm", "vt100"]
            let screen = try #require(types.lazy.compactMap { newterm($0, capture.file, input) }.first)
            defer {
                endwin()
                delscreen(screen)
                fclose(input)
                fclose(capture.file)
            }
            start_color()
            use_default_colors()
            let palette = ColorPairPalette(
                theme: .builtinDefault, capability: .sixteen, maximumPairs: Int(omega_color_pairs()))
            let canvas = NCursesCanvas(palette: palette)
            #expect(canvas.size.columns > 0 && canvas.size.rows > 0)
            _ = capture.take()

            func frame(_ text: String) {
                canvas.beginFrame()
                canvas.put("Relevés", at: Point(column: 0, row: 0), style: .title)
                canvas.put(text, at: Point(column: 0, row: 2), style: .error)
                canvas.put("\u{1B}]52;c;AAAA\u{7}caché", at: Point(column: 0, row: 4))
                canvas.cursor = Point(column: 3, row: 2)
                canvas.present()
            }

            frame("日本 37 m³ e\u{301}")
            let first = capture.take()
            #expect(first.contains("Relevés"))
            #expect(first.contains("日本 37 m³ é"))
            if has_colors() {
                #expect(first.contains("\u{1B}[31m"))  // error role: red, with the terminal's background
            }
            #expect(first.contains("caché"))
            #expect(!first.contains("]52;"))

            frame("日本 37 m³ e\u{301}")
            let unchanged = capture.take()
            #expect(!unchanged.contains("Relev"))
            #expect(!unchanged.contains("日本"))
            #expect(unchanged.utf8.count < 16, "identical frame sent \(unchanged.utf8.count) bytes")

            frame("日本 38 m³ e\u{301}")
            let changed = capture.take()
            #expect(changed.contains("8"))
            #expect(!changed.contains("日本"))
            #expect(!changed.contains("Relev"))
        }
    }
}
