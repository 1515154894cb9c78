import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The counter agent: the login name of the SSH user running the terminal.
///
/// It travels in Hawk `ext` (`agent=<login>`), whose values cannot hold `"`, `\`, controls or
/// non-ASCII: such a login is refused rather than sent mangled.
public enum CounterAgent {
    /// The login of the real user (the SSH user even when the binary is installed set-uid to a
    /// service account), from the password database; `$USER` then `$LOGNAME` only when the
    /// database has no entry. Nil when none is usable.
    public static func current(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        var candidates: [String?] = []
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            candidates.append(String(cString: name))
        }
        candidates.append(environment["USER"])
        candidates.append(environment["LOGNAME"])
        return candidates.compactMap { $0 }.first(where: isValidLogin)
    }

    /// True when `login` can be sent in Hawk `ext`: 1 to 64 printable ASCII characters other
    /// than space, `"`, `\` and `,` (the separator of `ext` pairs).
    public static func isValidLogin(_ login: String) -> Bool {
        guard !login.isEmpty, login.utf8.count <= 64 else { return false }
        return login.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
                && byte != UInt8(ascii: ",")
        }
    }
}
