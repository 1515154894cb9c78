import SelfService

/// What a count counts, for phrases that read as French: "Aucun relevé", "1 relevé",
/// "26 relevés", "2 relevés sur 26" — never "relevé(s)".
public enum Counted: Sendable {
    case readings, invoices, requests, messages, contracts, subscribers

    fileprivate var keys: (none: StringKey, one: StringKey, many: StringKey) {
        switch self {
        case .readings: return (.readingNone, .readingOne, .readingMany)
        case .invoices: return (.invoiceNone, .invoiceOne, .invoiceMany)
        case .requests: return (.requestNone, .requestOne, .requestMany)
        case .messages: return (.messageNone, .messageOne, .messageMany)
        case .contracts: return (.contractNone, .contractOne, .contractMany)
        case .subscribers: return (.subscriberNone, .subscriberOne, .subscriberMany)
        }
    }
}

extension Strings {
    /// "Aucun relevé", "1 relevé", "1 234 relevés".
    public func count(_ count: Int, _ noun: Counted) -> String {
        count == 0 ? self[noun.keys.none] : "\(number(count)) \(word(count, noun))"
    }

    /// "2 relevés sur 26" (a part shown: filtered, or still loading), or `count(total)` when
    /// everything is shown.
    public func count(_ shown: Int, of total: Int, _ noun: Counted) -> String {
        guard shown != total else { return count(total, noun) }
        return self(.countOf, number(shown), word(shown, noun), number(total), word(total, noun))
    }

    /// The noun alone, singular for 1 (and 0 in French), plural otherwise.
    private func word(_ count: Int, _ noun: Counted) -> String {
        let singular = count == 1 || (count == 0 && language == .fr)
        return self[singular ? noun.keys.one : noun.keys.many]
    }
}
