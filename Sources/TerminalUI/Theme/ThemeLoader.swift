import Foundation
import TOMLKit

/// Why a theme asked for at start-up cannot be used, and the themes that can.
public struct ThemeLoadFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong: not found (nor built in), an invalid name, an unreadable or invalid file.
    public let reason: ThemeError
    /// Names that would work: the built-in themes first, then the files of the search paths.
    public let availableThemes: [String]

    public init(reason: ThemeError, availableThemes: [String]) {
        self.reason = reason
        self.availableThemes = availableThemes
    }

    public var description: String {
        "\(reason) (available: \(availableThemes.joined(separator: ", ")))"
    }
}

/// A theme ready to use, and the reason the requested one was not used, if it was not.
public struct ThemeLoadResult: Sendable {
    /// The theme to apply: the requested one, or ``Theme/builtinDefault``.
    public let theme: Theme
    /// Why the requested theme was replaced by the built-in default, if it was.
    public let error: ThemeError?
}

/// Reads themes from TOML files.
///
/// ```toml
/// name = "default"
/// summary = "Couleurs du terminal"
///
/// [roles.selected]
/// fg = "bright-white"     # default, black…white, bright-black…bright-white, or 0–255
/// bg = "blue"
/// attrs = ["bold"]        # bold, underline, reverse, dim
/// mono = ["reverse"]      # used instead when colour is off (NO_COLOR, monochrome)
/// ```
/// Every key is optional; a role left out gets ``Theme/fallbackAppearance(for:)``.
public enum ThemeLoader {
    /// Directories searched for `<name>.toml`, in order: `$XDG_CONFIG_HOME/omega-tui/themes`
    /// (or `~/.config/omega-tui/themes`), `./themes`, then `themes` and
    /// `../share/omega-tui/themes` next to the executable.
    public static func defaultSearchPaths(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [URL] {
        var paths: [URL] = []
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            paths.append(URL(fileURLWithPath: config).appendingPathComponent("omega-tui/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            paths.append(URL(fileURLWithPath: home).appendingPathComponent(".config/omega-tui/themes"))
        }
        paths.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()
        paths.append(executable.appendingPathComponent("themes"))
        paths.append(executable.appendingPathComponent("../share/omega-tui/themes").standardizedFileURL)
        return paths
    }

    /// Theme `name`, for a start-up option such as `--theme`: a bare name such as
    /// `contraste-eleve` (a `<name>.toml` file in the search paths, else the built-in theme of
    /// that name) or a path to a `.toml` file. Throws when it cannot be used, with the names
    /// that can: the caller refuses to start rather than silently draw another theme.
    public static func theme(named name: String, searchPaths: [URL]? = nil) throws(ThemeLoadFailure) -> Theme
    {
        let directories = searchPaths ?? defaultSearchPaths()
        do {
            return try find(named: name, searchPaths: directories)
        } catch {
            throw ThemeLoadFailure(reason: error, availableThemes: availableThemes(searchPaths: directories))
        }
    }

    /// Loads theme `name` like ``theme(named:searchPaths:)`` but never fails: on any error
    /// returns ``Theme/builtinDefault`` with the error (for a choice made while running, where
    /// refusing is not an option).
    public static func load(named name: String, searchPaths: [URL]? = nil) -> ThemeLoadResult {
        do {
            return ThemeLoadResult(theme: try find(named: name, searchPaths: searchPaths), error: nil)
        } catch {
            return ThemeLoadResult(theme: .builtinDefault, error: error)
        }
    }

    /// Loads theme `name`, throwing instead of falling back: a file found in the search paths
    /// first (it overrides a built-in theme), then the built-in theme of that name.
    public static func find(named name: String, searchPaths: [URL]? = nil) throws(ThemeError) -> Theme {
        if name.hasSuffix(".toml") || name.contains("/") {
            return try load(contentsOf: URL(fileURLWithPath: name))
        }
        guard isValidName(name) else { throw .invalidName(name) }
        let directories = searchPaths ?? defaultSearchPaths()
        for directory in directories {
            let file = directory.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: file.path) {
                return try load(contentsOf: file)
            }
        }
        if let builtin = Theme.builtin(named: name) { return builtin }
        throw .notFound(name: name, searched: directories.map(\.path))
    }

    /// The names ``theme(named:searchPaths:)`` accepts: the built-in themes, then the other
    /// `<name>.toml` files of the search paths in alphabetical order.
    public static func availableThemes(searchPaths: [URL]? = nil) -> [String] {
        let builtins = Theme.builtins.map(\.name)
        var files: Set<String> = []
        for directory in searchPaths ?? defaultSearchPaths() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in names where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if isValidName(name), !builtins.contains(name) { files.insert(name) }
            }
        }
        return builtins + files.sorted()
    }

    /// Letters, digits, `-` and `_` only: a name never walks out of a themes directory.
    private static func isValidName(_ name: String) -> Bool {
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        return !name.isEmpty && name.unicodeScalars.allSatisfy(allowed.contains)
    }

    /// Reads and parses one theme file.
    public static func load(contentsOf url: URL) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try parse(text, source: url.path, defaultName: url.deletingPathExtension().lastPathComponent)
    }

    /// Parses theme TOML; `source` names the file in error messages.
    public static func parse(_ toml: String, source: String, defaultName: String = "custom")
        throws(ThemeError)
        -> Theme
    {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw .syntax(
                path: source, line: error.source.begin.line, column: error.source.begin.column,
                reason: error.description)
        } catch {
            throw .syntax(path: source, line: 0, column: 0, reason: String(describing: error))
        }
        let reader = ThemeTableReader(source: source)
        return try reader.theme(from: table, defaultName: defaultName)
    }
}
