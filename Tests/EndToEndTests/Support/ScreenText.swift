import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a tmux screen the way a person reads it: sentences wrapped over several rows,
/// numbers written with the interface's digit groups.
enum ScreenText {
    /// The rows joined with single spaces, each without its leading and trailing blanks, so a
    /// sentence wrapped over rows reads as one line.
    static func flowing(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// The number after "Dernier index :" as drawn (digit groups included), and its value.
    static func lastIndex(in screen: String) -> (text: String, value: Int)? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("Dernier index") }),
            let colon = line.firstIndex(of: ":")
        else { return nil }
        let text = String(
            line[line.index(after: colon)...].drop { $0 == " " }.prefix { !$0.isLetter }
        )
        .trimmingCharacters(in: .whitespaces)
        guard let value = Int(text.filter(\.isNumber)) else { return nil }
        return (text, value)
    }

    /// The number in "Demande n° <number> envoyée" (the line a form shows once it has sent).
    static func requestNumber(in screen: String) -> String? {
        guard let range = screen.range(of: "Demande n° ") else { return nil }
        let number = screen[range.upperBound...].prefix { $0.isNumber }
        return number.isEmpty ? nil : String(number)
    }

    /// `value` with digit groups of three separated like `sample` ("2 819" → "2 856"): the
    /// separator is whatever `sample` has between its digits.
    static func grouped(_ value: Int, like sample: String) -> String {
        let separator = sample.first { !$0.isNumber }.map(String.init) ?? ""
        var digits = String(value)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: separator)
    }

    /// The login of the user running the tests: the counter agent of a counter they start.
    static func currentLogin() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}

extension TmuxSession {
    /// The real `omega-tui` in a `width`x`height` tmux window against the sandbox at `baseURL`,
    /// in French, with its own HOME and XDG directories under `home`.
    static func omegaTUI(
        baseURL: String, home: URL, width: Int, height: Int, arguments: [String] = []
    ) throws -> TmuxSession {
        try TmuxSession(
            command: [
                Products.executable("omega-tui").path, "--server", baseURL + "/api/v1/", "--lang", "fr",
            ]
                + arguments,
            width: width, height: height,
            environment: [
                "LANG": "C.UTF-8", "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
    }
}
