import Foundation

/// Reading of the `Retry-After` header (RFC 9110 §10.2.3): delta-seconds or an HTTP date.
///
/// The value comes from the server and is not trusted: the wait is bounded to ``maximum``, and
/// anything that is not exactly one of the two forms (control characters, units, fractions,
/// signs, junk) reads as "not said", so the answer keeps its meaning (a 429 stays a 429).
enum RetryAfter {
    /// The longest wait believed, one hour: a larger figure is read as one hour.
    static let maximum: TimeInterval = 3600

    /// Longest text read as a date (an IMF-fixdate has 29 characters).
    private static let maximumDateLength = 64

    /// The wait in seconds, from 0 to ``maximum``, or nil when the value is absent or unreadable.
    static func seconds(from value: String?, now: Date = Date()) -> TimeInterval? {
        guard let value else { return nil }
        // Only optional whitespace (space, tab) may surround the value.
        let text = value.utf8.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
            .reversed()
        guard !text.isEmpty else { return nil }
        if let seconds = deltaSeconds(Array(text)) { return seconds }
        guard text.count <= maximumDateLength, text.allSatisfy({ (0x20...0x7E).contains($0) }),
            let date = httpDate(String(decoding: text, as: UTF8.self))
        else { return nil }
        let wait = date.timeIntervalSince(now)
        guard wait.isFinite else { return nil }
        return min(max(0, wait), maximum)
    }

    /// `1*DIGIT`, saturated at ``maximum`` however many digits come. A negative number (not
    /// HTTP, but seen) means "now".
    private static func deltaSeconds(_ bytes: [UInt8]) -> TimeInterval? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative ? bytes.dropFirst() : bytes[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else {
            return nil
        }
        if negative { return 0 }
        var seconds = 0
        for digit in digits {
            seconds = min(seconds * 10 + Int(digit - UInt8(ascii: "0")), Int(maximum))
        }
        return TimeInterval(seconds)
    }

    /// The three date forms HTTP recipients must accept: IMF-fixdate, then the obsolete RFC 850
    /// and asctime forms.
    private static func httpDate(_ text: String) -> Date? {
        for format in [
            "EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy",
        ] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
