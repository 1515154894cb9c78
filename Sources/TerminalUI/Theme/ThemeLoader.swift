import Foundation
import TOMLKit

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

    /// Loads theme `name` (a bare name such as `contraste-eleve`, or a path to a `.toml` file).
    /// Never fails: on any error returns ``Theme/builtinDefault`` with the error. A missing
    /// `default` is not an error, since the built-in default is that theme.
    public static func load(named name: String, searchPaths: [URL]? = nil) -> ThemeLoadResult {
        do {
            return ThemeLoadResult(theme: try find(named: name, searchPaths: searchPaths), error: nil)
        } catch .notFound where name == Theme.builtinDefault.name {
            return ThemeLoadResult(theme: .builtinDefault, error: nil)
        } catch {
            return ThemeLoadResult(theme: .builtinDefault, error: error)
        }
    }

    /// Loads theme `name`, throwing instead of falling back.
    public static func find(named name: String, searchPaths: [URL]? = nil) throws(ThemeError) -> Theme {
        if name.hasSuffix(".toml") || name.contains("/") {
            return try load(contentsOf: URL(fileURLWithPath: name))
        }
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(allowed.contains) else {
            throw .invalidName(name)
        }
        let directories = searchPaths ?? defaultSearchPaths()
        for directory in directories {
            let file = directory.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: file.path) {
                return try load(contentsOf: file)
            }
        }
        throw .notFound(name: name, searched: directories.map(\.path))
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
