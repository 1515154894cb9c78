/// Why a theme could not be used. ``ThemeLoader/theme(named:searchPaths:)`` throws it inside a
/// ``ThemeLoadFailure``; ``ThemeLoader/load(named:searchPaths:)`` falls back to
/// ``Theme/builtinDefault`` and hands it over for a log line or a toast.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No file `<name>.toml` in any of the searched directories, and no built-in theme of
    /// that name.
    case notFound(name: String, searched: [String])
    /// The name holds characters other than letters, digits, `-` and `_`.
    case invalidName(String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid TOML.
    case syntax(path: String, line: Int, column: Int, reason: String)
    /// The TOML is valid but a value is not (unknown role, colour or attribute; wrong type).
    case invalidValue(path: String, key: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let name, let searched):
            return "theme \"\(name)\" not found (searched: \(searched.joined(separator: ", ")))"
        case .invalidName(let name):
            return "invalid theme name \"\(name)\" (letters, digits, - and _ only)"
        case .unreadable(let path, let reason):
            return "theme \(path) cannot be read: \(reason)"
        case .syntax(let path, let line, let column, let reason):
            return "theme \(path), line \(line), column \(column): \(reason)"
        case .invalidValue(let path, let key, let reason):
            return "theme \(path), key \(key): \(reason)"
        }
    }
}
