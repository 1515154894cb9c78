import Foundation
import Testing

@testable import TerminalUI

/// The repository's `themes/` folder, found from this file so tests run on a fresh clone.
private let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

@Suite("Themes")
struct ThemeTests {
    @Test(arguments: ["default", "contraste-eleve", "monochrome"])
    func shippedThemesLoadWithoutError(name: String) throws {
        let result = ThemeLoader.load(named: name, searchPaths: [themesDirectory])
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(result.theme.name == name)
        #expect(Set(result.theme.appearances.keys) == Set(StyleRole.allCases))
    }

    @Test(arguments: ["default", "contraste-eleve", "monochrome"])
    func shippedFilesMatchTheBuiltinThemes(name: String) throws {
        let file = try ThemeLoader.load(contentsOf: themesDirectory.appendingPathComponent("\(name).toml"))
        let builtin = try #require(Theme.builtin(named: name))
        for role in StyleRole.allCases {
            #expect(file.appearance(for: role) == builtin.appearance(for: role), "\(name).\(role)")
        }
        #expect(file == builtin)
    }

    /// Issue 12: `--theme contraste-eleve` drew the default theme unless a `themes/` folder sat
    /// next to the binary or the current directory.
    @Test(arguments: ["default", "contraste-eleve", "monochrome"])
    func shippedThemesNeedNoFile(name: String) throws {
        let empty = try TemporaryDirectory()
        let lenient = ThemeLoader.load(named: name, searchPaths: [empty.url])
        #expect(lenient.error == nil)
        #expect(lenient.theme.name == name)
        #expect(try ThemeLoader.theme(named: name, searchPaths: [empty.url]) == Theme.builtin(named: name))
    }

    @Test func aFileInTheSearchPathsOverridesABuiltinTheme() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "name = \"monochrome\"\n[roles.selected]\nattrs = [\"underline\"]\n", to: "monochrome.toml")
        let theme = try ThemeLoader.theme(named: "monochrome", searchPaths: [directory.url])
        #expect(theme.appearance(for: .selected).attributes == .underline)
        #expect(theme != Theme.builtinMonochrome)
    }

    @Test func anUnknownThemeFailsWithTheAvailableNames() throws {
        let directory = try TemporaryDirectory()
        try directory.write("name = \"maison\"\n", to: "maison.toml")
        try directory.write("", to: "notes.txt")
        let failure = #expect(throws: ThemeLoadFailure.self) {
            try ThemeLoader.theme(named: "contraste", searchPaths: [directory.url])
        }
        #expect(failure?.reason == .notFound(name: "contraste", searched: [directory.url.path]))
        #expect(failure?.availableThemes == ["default", "contraste-eleve", "monochrome", "maison"])
        let traversal = #expect(throws: ThemeLoadFailure.self) {
            try ThemeLoader.theme(named: "../../etc/passwd", searchPaths: [directory.url])
        }
        #expect(traversal?.availableThemes.first == "default")
    }

    @Test func anUnreadableOrBrokenFileFailsWithTheAvailableNames() throws {
        let directory = try TemporaryDirectory()
        // A directory where the file should be: present, but not readable as text.
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("illisible.toml"), withIntermediateDirectories: false)
        try directory.write("[roles.error\n", to: "casse.toml")
        let unreadable = #expect(throws: ThemeLoadFailure.self) {
            try ThemeLoader.theme(named: "illisible", searchPaths: [directory.url])
        }
        guard case .unreadable(let path, _)? = unreadable?.reason else {
            Issue.record("expected unreadable, got \(String(describing: unreadable))")
            return
        }
        #expect(path.hasSuffix("illisible.toml"))
        #expect(
            unreadable?.availableThemes == ["default", "contraste-eleve", "monochrome", "casse", "illisible"])
        let broken = #expect(throws: ThemeLoadFailure.self) {
            try ThemeLoader.theme(named: "casse", searchPaths: [directory.url])
        }
        guard case .syntax(_, let line, _, _)? = broken?.reason else {
            Issue.record("expected a syntax error, got \(String(describing: broken))")
            return
        }
        #expect(line == 1)
    }

    @Test(arguments: ["default", "contraste-eleve", "monochrome"])
    func noTextColourIsForcedOnTheDefaultBackground(name: String) throws {
        // Light-background safety: black or white text only on a background the theme sets.
        let theme = try ThemeLoader.find(named: name, searchPaths: [themesDirectory])
        let blackOrWhite: Set<ThemeColor> = [.indexed(0), .indexed(7), .indexed(8), .indexed(15)]
        for role in StyleRole.allCases {
            let appearance = theme.appearance(for: role)
            if appearance.background == .terminalDefault {
                #expect(!blackOrWhite.contains(appearance.foreground), "\(name).\(role)")
            }
        }
    }

    @Test(arguments: ["default", "contraste-eleve", "monochrome"])
    func everyStateStaysDistinctWithoutColour(name: String) throws {
        let theme = try ThemeLoader.find(named: name, searchPaths: [themesDirectory])
        let normal = theme.resolve(.normal, for: .attributesOnly)
        #expect(normal == ResolvedAppearance(foreground: -1, background: -1, attributes: []))
        for role: StyleRole in [.selected, .error, .focusedField, .focusedButton, .title, .keyHintLabel] {
            let resolved = theme.resolve(Style(role), for: .attributesOnly)
            #expect(!resolved.usesColor)
            #expect(!resolved.attributes.isEmpty, "\(name).\(role) looks like normal text without colour")
        }
        let selected = theme.resolve(.selected, for: .attributesOnly)
        #expect(selected.attributes.contains(.reverse))
    }

    @Test func noColorEnvironmentTurnsColourOff() {
        #expect(ColorCapability.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .attributesOnly)
        #expect(ColorCapability.detect(colors: 256, environment: ["NO_COLOR": ""]) == .twoHundredFiftySix)
        #expect(ColorCapability.detect(colors: 256, environment: [:]) == .twoHundredFiftySix)
        #expect(ColorCapability.detect(colors: 16, environment: [:]) == .sixteen)
        #expect(ColorCapability.detect(colors: 8, environment: [:]) == .eight)
        #expect(ColorCapability.detect(colors: 2, environment: [:]) == .attributesOnly)
        #expect(ColorCapability.detect(colors: 0, environment: [:]) == .attributesOnly)
    }

    @Test func resolvingFallsBackThroughThePalettes() {
        let theme = Theme.builtinDefault
        let selected256 = theme.resolve(.selected, for: .twoHundredFiftySix)
        #expect(selected256 == ResolvedAppearance(foreground: 15, background: 4, attributes: .bold))
        let selected8 = theme.resolve(.selected, for: .eight)
        #expect(selected8 == ResolvedAppearance(foreground: 7, background: 4, attributes: .bold))
        let error = theme.resolve(Style(.error, adding: .underline), for: .sixteen)
        #expect(error == ResolvedAppearance(foreground: 1, background: -1, attributes: [.bold, .underline]))
        let mono = theme.resolve(.error, for: .attributesOnly)
        #expect(mono == ResolvedAppearance(foreground: -1, background: -1, attributes: [.bold, .underline]))
    }

    @Test func paletteIndicesMapToTheNearestOfSixteen() {
        #expect(ThemeColor.nearestSixteen(196) == 9)  // pure red
        #expect(ThemeColor.nearestSixteen(21) == 4)  // pure blue, nearest to xterm blue (0,0,238)
        #expect(ThemeColor.nearestSixteen(232) == 0)  // darkest grey
        #expect(ThemeColor.nearestSixteen(255) == 7)  // lightest grey (238) is nearer white (229)
        #expect(ThemeColor.nearestSixteen(231) == 15)  // cube white
        #expect(ThemeColor.nearestSixteen(3) == 3)
    }

    @Test func sameForegroundAndBackgroundAfterFoldingUsesAttributesInstead() throws {
        let theme = try ThemeLoader.parse(
            """
            [roles.selected]
            fg = "bright-blue"
            bg = "blue"
            mono = ["reverse"]
            """, source: "test")
        #expect(theme.resolve(.selected, for: .sixteen).foreground == 12)
        #expect(
            theme.resolve(.selected, for: .eight)
                == ResolvedAppearance(foreground: -1, background: -1, attributes: .reverse))
    }

    @Test func parsesColourNamesAndNumbers() {
        #expect(ThemeColor(name: "default") == .terminalDefault)
        #expect(ThemeColor(name: "Red") == .indexed(1))
        #expect(ThemeColor(name: "bright-cyan") == .indexed(14))
        #expect(ThemeColor(name: "208") == .indexed(208))
        #expect(ThemeColor(name: "256") == nil)
        #expect(ThemeColor(name: "rouge") == nil)
    }

    @Test func brokenTomlFallsBackToTheBuiltinDefaultWithALocatedError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "name = \"casse\"\n[roles.error\nfg = \"red\"\n".write(
            to: directory.appendingPathComponent("casse.toml"), atomically: true, encoding: .utf8)
        let result = ThemeLoader.load(named: "casse", searchPaths: [directory])
        #expect(result.theme == Theme.builtinDefault)
        guard case .syntax(let path, let line, _, _) = result.error else {
            Issue.record("expected a syntax error, got \(String(describing: result.error))")
            return
        }
        #expect(path.hasSuffix("casse.toml"))
        #expect(line == 2)
        #expect(result.error?.description.contains("line 2") == true)
    }

    @Test func invalidValuesNameTheirKey() {
        #expect(invalidKey("[roles.error]\nfg = \"rouge\"") == "roles.error.fg")
        #expect(invalidKey("[roles.erreur]") == "roles.erreur")
        #expect(invalidKey("[roles.title]\nattrs = [\"blink\"]") == "roles.title.attrs")
        #expect(invalidKey("[roles.title]\ncolour = \"red\"") == "roles.title.colour")
        #expect(invalidKey("roles = 3") == "roles")
        #expect(invalidKey("[roles.title]\nattrs = [\"bold\"]") == nil)
    }

    /// The key named by the `invalidValue` error parsing `toml` raises, or nil if it parses.
    private func invalidKey(_ toml: String) -> String? {
        do {
            _ = try ThemeLoader.parse(toml, source: "t")
            return nil
        } catch {
            guard case .invalidValue(_, let key, _) = error else { return "unexpected \(error)" }
            return key
        }
    }

    @Test func missingThemesAndBadNamesFallBack() {
        let missing = ThemeLoader.load(named: "inexistant", searchPaths: [themesDirectory])
        #expect(missing.theme == Theme.builtinDefault)
        #expect(missing.error == .notFound(name: "inexistant", searched: [themesDirectory.path]))
        let traversal = ThemeLoader.load(named: "../../etc/passwd", searchPaths: [themesDirectory])
        #expect(traversal.theme == Theme.builtinDefault)
        #expect(traversal.error != nil)
        let defaultAnywhere = ThemeLoader.load(named: "default", searchPaths: [])
        #expect(defaultAnywhere.error == nil)
        #expect(defaultAnywhere.theme == Theme.builtinDefault)
    }
}

/// A directory of its own under the temporary directory, removed when released.
private final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ text: String, to name: String) throws {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
