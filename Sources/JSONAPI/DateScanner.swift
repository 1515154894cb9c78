import Foundation

/// A hand-written scanner for the fixed date formats of ``OmegaDate`` (fast, allocation-light).
struct DateScanner {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func scan() -> Date? {
        guard let year = digits(4), literal(UInt8(ascii: "-")), let month = digits(2),
            literal(UInt8(ascii: "-")), let day = digits(2)
        else { return nil }
        if atEnd {
            return OmegaDate.date(year: year, month: month, day: day)
        }
        guard literal(UInt8(ascii: " ")) || literal(UInt8(ascii: "T")),
            let hour = digits(2), literal(UInt8(ascii: ":")), let minute = digits(2)
        else { return nil }
        var second = 0
        if literal(UInt8(ascii: ":")) {
            guard let value = digits(2) else { return nil }
            second = value
        }
        var fraction = 0.0
        if literal(UInt8(ascii: ".")) || literal(UInt8(ascii: ",")) {
            guard let value = fractionDigits() else { return nil }
            fraction = value
        }
        guard
            let naive = CivilTime.seconds(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        if atEnd {
            return OmegaDate.localToInstant(Double(naive) + fraction)
        }
        guard let offset = zoneOffset(), atEnd else { return nil }
        return Date(timeIntervalSince1970: Double(naive - offset) + fraction)
    }

    private var atEnd: Bool { position == bytes.count }

    private mutating func literal(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func digits(_ count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + count] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += count
        return value
    }

    private mutating func fractionDigits() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"),
            bytes[position] <= UInt8(ascii: "9")
        {
            value += Double(bytes[position] - UInt8(ascii: "0")) * scale
            scale /= 10
            position += 1
        }
        return position > start ? value : nil
    }

    /// `Z`, `±HH`, `±HHMM` or `±HH:MM`, in seconds east of UTC.
    private mutating func zoneOffset() -> Int? {
        if literal(UInt8(ascii: "Z")) || literal(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if literal(UInt8(ascii: "+")) {
            sign = 1
        } else if literal(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(2), hours <= 23 else { return nil }
        var minutes = 0
        if !atEnd {
            _ = literal(UInt8(ascii: ":"))
            guard let value = digits(2), value <= 59 else { return nil }
            minutes = value
        }
        return sign * (hours * 3600 + minutes * 60)
    }
}
