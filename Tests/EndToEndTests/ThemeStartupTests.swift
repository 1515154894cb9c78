import Foundation
import Testing

/// Issue 12 with the real `omega-tui --demo` in tmux, started from a directory without any
/// `themes/` folder (nor one next to the binary, nor in its XDG configuration): the shipped
/// themes are built in.
@Suite("omega-tui themes without a themes folder")
struct ThemeStartupTests {
    @Test("--theme monochrome from a directory without themes/ draws without any colour")
    func monochromeNeedsNoThemesFolder() async throws {
        let place = try EmptyPlace()
        let monochrome = try place.omegaTUI(["--theme", "monochrome"])
        defer { monochrome.kill() }
        #expect(try await monochrome.waitFor("Se connecter"), "no login screen:\n\(monochrome.snapshot)")
        let drawn = try monochrome.screenWithAttributes()
        #expect(
            Self.colourParameters(in: drawn).isEmpty, "colours with monochrome:\n\(drawn.debugDescription)")
        #expect(
            drawn.contains("\u{1B}[7m"), "no reverse video for the focused field:\n\(drawn.debugDescription)")

        // The same observation sees the default theme's colours (the focused field is coloured).
        let colour = try place.omegaTUI([])
        defer { colour.kill() }
        #expect(try await colour.waitFor("Se connecter"), "no login screen:\n\(colour.snapshot)")
        let coloured = try colour.screenWithAttributes()
        #expect(!Self.colourParameters(in: coloured).isEmpty, "no colour seen:\n\(coloured.debugDescription)")
    }

    @Test("an unknown --theme stops the start with one line naming the available themes")
    func unknownThemeIsRefused() async throws {
        let place = try EmptyPlace()
        // The refusal comes before anything starts; a shell keeps the pane (tmux may drop the
        // last output of a program that exits at once) and shows the exit status.
        let tui = try place.omegaTUI(["--theme", "contraste"], showingExitStatus: true)
        defer { tui.kill() }
        let screen = try await tui.waitForScreen(timeout: .seconds(30)) { $0.contains("exit status") }
        #expect(
            screen.contains(
                "omega-tui : Thème « contraste » inconnu. Thèmes disponibles : default, contraste-eleve, monochrome."
            ), "no refusal:\n\(screen)")
        #expect(screen.contains("exit status 78"), "not a configuration refusal:\n\(screen)")
    }

    /// SGR parameters that set a colour (30–37, 38, 40–47, 48, 90–97, 100–107) in `text`.
    static func colourParameters(in text: String) -> [Int] {
        var found: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            rest = rest.dropFirst(body.count)
            guard rest.first == "m" else { continue }
            let parameters = body.split(separator: ";").compactMap { Int($0) }
            found += parameters.filter {
                (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0)
            }
            // 38;5;n and 48;5;n carry their colour in the following numbers: counted once.
        }
        return found
    }
}

/// A temporary directory holding nothing but the program's HOME: no `themes/` anywhere the
/// theme loader looks, except next to the binary, where the build puts none.
private final class EmptyPlace {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("no-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// `omega-tui --demo` with `arguments`, started in this directory; with
    /// `showingExitStatus`, through a shell that then prints "exit status N" and waits.
    func omegaTUI(_ arguments: [String], showingExitStatus: Bool = false) throws -> TmuxSession {
        let home = url.appendingPathComponent("home-\(UUID().uuidString.prefix(8))")
        let shell = ["/bin/sh", "-c", #""$0" "$@"; echo "exit status $?"; exec sleep 60"#]
        return try TmuxSession(
            command: (showingExitStatus ? shell : [])
                + [Products.executable("omega-tui").path, "--demo", "--lang", "fr"] + arguments,
            width: 100,
            height: 30,
            // NO_COLOR empty: the test runner's own NO_COLOR=1 would hide every theme's colours.
            environment: [
                "NO_COLOR": "", "LANG": "C.UTF-8", "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ],
            directory: url)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
