import Foundation

/// What the agent searches by.
public enum SubscriberSearchKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// The contract number, exactly.
    case contractNumber
    /// The occupant's name begins with the text (case-insensitive).
    case nameBegins
    /// The occupant's name contains the text (case-insensitive).
    case nameContains
    /// The meter serial number, exactly.
    case meterSerial
    /// The street (contains) and the town (begins with), case-insensitive.
    case streetAndTown

    /// Whether the search takes a second field (the town).
    public var needsTown: Bool { self == .streetAndTown }

    /// The next kind in the selector (wrapping).
    public var next: SubscriberSearchKind {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? all.startIndex
        return all[(index + 1) % all.count]
    }

    /// The previous kind in the selector (wrapping).
    public var previous: SubscriberSearchKind {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? all.startIndex
        return all[(index + all.count - 1) % all.count]
    }
}

/// One search as sent to the server: kind, text, town (street searches) and 1-based page.
public struct SubscriberSearchRequest: Equatable, Sendable {
    /// Results per page, as Omega pages by default.
    public static let pageSize = 20

    /// What to search by.
    public var kind: SubscriberSearchKind
    /// The text typed (trimmed before use).
    public var text: String
    /// The town, for ``SubscriberSearchKind/streetAndTown``.
    public var town: String
    /// The page, from 1.
    public var page: Int

    /// Creates a request.
    public init(kind: SubscriberSearchKind, text: String, town: String = "", page: Int = 1) {
        self.kind = kind
        self.text = text
        self.town = town
        self.page = max(1, page)
    }

    /// True when there is something to search for.
    public var isSearchable: Bool {
        let hasText = !Self.trim(text).isEmpty
        return kind.needsTown ? hasText || !Self.trim(town).isEmpty : hasText
    }

    /// `like` treats `%` and `_` as wildcards: typed ones are dropped rather than let match
    /// everything.
    public static func trim(_ text: String) -> String {
        text.filter { $0 != "%" && $0 != "_" }.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
