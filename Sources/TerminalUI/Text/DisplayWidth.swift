import CNCursesW
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Sanitizer {
    /// Number of terminal cells `text` takes once sanitised, measured with `wcwidth`.
    ///
    /// Each grapheme cluster counts the sum of its scalars' widths, capped at two (so `e` plus a
    /// combining accent is 1, a CJK ideograph or most emoji 2, an emoji ZWJ sequence 2). A
    /// width of -1 (non-printable) counts as 0.
    public static func displayWidth(_ text: String) -> Int {
        if isPlainASCII(text) { return text.utf8.count }
        return clean(text).reduce(0) { $0 + width(of: $1) }
    }

    /// Cells taken by one already-sanitised character (0, 1 or 2).
    public static func width(of character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        _ = utf8LocaleReady
        var total = 0
        for scalar in character.unicodeScalars {
            let width = omega_wcwidth(wchar_t(bitPattern: scalar.value))
            if width > 0 { total += Int(width) }
        }
        return min(total, 2)
    }

    /// `wcwidth` answers -1 for anything non-ASCII under the "C" locale. When the process has
    /// not chosen a UTF-8 character type (tests, `LANG` unset), switch `LC_CTYPE` to C.UTF-8
    /// once; an application that already called `setlocale(LC_ALL, "")` with UTF-8 is untouched.
    private static let utf8LocaleReady: Bool = {
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().contains("UTF")
        {
            return true
        }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            return true
        }
        return false
    }()
}
