import Foundation
import JSONAPI

/// How one Omega operator compares attribute values with the operand of a filter.
///
/// Values are Omega's loose scalars, so comparison is textual unless both sides read as
/// numbers (`gt`, `lt`…) or the operator asks for numbers (`eqn`, `gtn`…). Dates compare
/// correctly as text (`YYYY-MM-DD HH:MM:SS`). Through a to-many path, one matching value is
/// enough, except for the negative operators, which require that none match.
enum FilterEvaluation {
    static func matches(
        _ values: [JSONValue], op: FilterSet.Operator, operand: String, caseSensitive: Bool
    ) -> Bool {
        let texts = values.map(text)
        switch op {
        case .neq, .neqn, .nin:
            let positive: FilterSet.Operator = op == .neq ? .eq : op == .neqn ? .eqn : .in
            return !texts.contains { compare($0, positive, operand, caseSensitive) }
        case .empty:
            return texts.isEmpty || texts.contains { $0 == nil || $0 == "" }
        case .nempty:
            return texts.contains { $0 != nil && $0 != "" }
        default:
            return texts.contains { compare($0, op, operand, caseSensitive) }
        }
    }

    private static func compare(
        _ value: String?, _ op: FilterSet.Operator, _ operand: String, _ caseSensitive: Bool
    )
        -> Bool
    {
        guard let value else { return false }
        let fold = { (text: String) in caseSensitive ? text : text.lowercased() }
        let left = fold(value)
        let right = fold(operand)
        switch op {
        case .eq: return left == right
        case .eqn: return numeric(value, operand) == .orderedSame
        case .gt: return order(left, right) == .orderedDescending
        case .gtn: return numeric(value, operand) == .orderedDescending
        case .gte: return order(left, right) != .orderedAscending
        case .gten: return [.orderedDescending, .orderedSame].contains(numeric(value, operand))
        case .lt: return order(left, right) == .orderedAscending
        case .ltn: return numeric(value, operand) == .orderedAscending
        case .lte: return order(left, right) != .orderedDescending
        case .lten: return [.orderedAscending, .orderedSame].contains(numeric(value, operand))
        case .like: return like(left, pattern: right)
        case .in: return right.split(separator: ",").contains { String($0) == left }
        case .between:
            let bounds = right.split(separator: ",", maxSplits: 1).map(String.init)
            guard bounds.count == 2 else { return false }
            return order(left, bounds[0]) != .orderedAscending && order(left, bounds[1]) != .orderedDescending
        case .begin: return left.hasPrefix(right)
        case .end: return left.hasSuffix(right)
        case .neq, .neqn, .nin, .empty, .nempty: return false
        }
    }

    /// The text of a loose scalar (`nil` for null, objects and arrays).
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let number): return "\(number)"
        case .bool(let flag): return flag ? "1" : "0"
        case .null, .array, .object: return nil
        }
    }

    /// Numeric order when both read as numbers, else text order.
    static func order(_ left: String, _ right: String) -> ComparisonResult {
        if let result = numeric(left, right) { return result }
        return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
    }

    private static func numeric(_ left: String, _ right: String) -> ComparisonResult? {
        guard let a = decimal(left), let b = decimal(right) else { return nil }
        return a < b ? .orderedAscending : a == b ? .orderedSame : .orderedDescending
    }

    private static func decimal(_ text: String) -> Decimal? {
        // Most sorted values are dates and names: refused on their bytes, before any Unicode
        // work (sorting readings by date compares each pair, and this ran for each side).
        guard
            text.utf8.allSatisfy({ byte in
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") || byte >= 0x80
            })
        else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
            return nil
        }
        if let integer = Int(trimmed) { return Decimal(integer) }
        return Decimal(string: trimmed, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// SQL `LIKE`: `%` any run, `_` one character; a pattern without `%` matches anywhere
    /// (Omega's `like` is used for "contains" searches).
    static func like(_ value: String, pattern: String) -> Bool {
        let effective = pattern.contains("%") ? pattern : "%\(pattern)%"
        return likeMatch(Array(value), Array(effective))
    }

    private static func likeMatch(_ value: [Character], _ pattern: [Character]) -> Bool {
        // Dynamic programming over (value index, pattern index): linear in both lengths.
        var reachable = [Bool](repeating: false, count: value.count + 1)
        reachable[0] = true
        for token in pattern {
            var next = [Bool](repeating: false, count: value.count + 1)
            if token == "%" {
                var seen = false
                for index in 0...value.count {
                    seen = seen || reachable[index]
                    next[index] = seen
                }
            } else {
                for index in 0..<value.count where reachable[index] && (token == "_" || value[index] == token)
                {
                    next[index + 1] = true
                }
            }
            reachable = next
        }
        return reachable[value.count]
    }
}
